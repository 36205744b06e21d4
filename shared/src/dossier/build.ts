import { createContext, type DossierInput } from './context';
import { baoCao } from './documents/bao-cao';
import { bienBan } from './documents/bien-ban';
import { danhSach, danhSachCaNhan } from './documents/danh-sach';
import { quyetDinh } from './documents/quyet-dinh';
import { toTrinh } from './documents/to-trinh';
import type { Dossier, DossierDocument } from './model';
import type { SettingKey } from './settings';
import { slug } from './text';

/** Settings the documents print; those not given are listed as blanks for the office to fill. */
const PRINTED: SettingKey[] = [
  'issuer',
  'superior',
  'symbol',
  'number',
  'place',
  'date',
  'submitTo',
  'signerPrefix',
  'signerOn',
  'signerTitle',
  'signerName',
  'fundingSource',
  'meetingDate',
  'meetingTime',
  'meetingPlace',
  'chair',
  'secretary',
  'members',
  'membersTotal',
  'councilSuperior',
  'decisionIssuer',
  'decisionSuperior',
  'decisionSymbol',
  'decisionAuthority',
  'decisionSignerPrefix',
  'decisionSignerOn',
  'decisionSignerTitle',
  'decisionSignerName',
  'decisionBasis',
  'executors',
];

/**
 * The dossier of a scored result, as data: tờ trình, one danh sách per award form (and the individuals' counts),
 * biên bản of the council, dự thảo quyết định, and báo cáo thành tích per proposed unit when the plan asks for them.
 * Held awards (ties, over quota) are never proposed: they are listed apart, "chờ Hội đồng quyết định".
 */
export function buildDossier(input: DossierInput): Dossier {
  const ctx = createContext(input);
  const documents: DossierDocument[] = [toTrinh(ctx)];
  ctx.forms.forEach((form, i) => documents.push(danhSach(ctx, form, i)));
  if (ctx.commendations.length) documents.push(danhSachCaNhan(ctx));
  documents.push(bienBan(ctx), quyetDinh(ctx));
  if (input.settings.achievementReports) {
    // Collectives first, then households and individuals, each in list order.
    const order = { collective: 0, household: 1, individual: 2 };
    const ids = [
      ...new Set([...ctx.proposals].sort((a, b) => order[a.kind] - order[b.kind]).map((p) => p.unitId)),
    ];
    ids.forEach((id, i) => {
      const unit = input.response.results.find((u) => u.unitId === id);
      if (unit)
        documents.push(
          baoCao(
            ctx,
            unit,
            ctx.proposals.filter((p) => p.unitId === id),
            i,
          ),
        );
    });
  }
  return {
    planId: input.plan.id,
    zipName: `ho-so-khen-thuong-${slug(input.plan.id)}`,
    documents,
    proposals: ctx.proposals,
    pending: ctx.pending,
    commendations: ctx.commendations,
    total: ctx.total,
    dueDate: ctx.dueDate,
    stampDate: input.settings.date ?? ctx.basisDate,
    blanks: PRINTED.filter((key) => input.settings[key] === undefined),
  };
}
