import { builtInPlans } from '@thidua/core';
import type { CliIo } from '../io';
import { messages } from '../messages';
import type { CliArgs } from '../run';

export function plansCommand(args: CliArgs, io: CliIo): number {
  const plans = builtInPlans().map((p) => ({
    id: p.id,
    title: args.lang === 'en' ? (p.titleEn ?? p.title) : p.title,
    version: p.version,
    blocks: p.blocks.map((b) => ({ id: b.id, name: args.lang === 'en' ? (b.nameEn ?? b.name) : b.name })),
    source: p.source,
  }));
  if (args.json) {
    io.stdout(`${JSON.stringify(plans, null, 2)}\n`);
    return 0;
  }
  const lines = [messages(args.lang).plansHeader];
  for (const p of plans)
    lines.push(
      `  ${p.id}  (${p.version})  ${p.title}`,
      `      ${p.source.number}, ${p.source.date}; ${p.blocks.map((b) => `${b.id}: ${b.name}`).join('; ')}`,
    );
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
