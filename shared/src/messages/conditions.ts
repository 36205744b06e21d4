/** The words a condition is described in ("Xếp loại CCHC ≥ "tốt" (mọi năm) và …"), and what a problem is about. */
import { phrase } from './phrase';

export const CONDITION_PHRASES = {
  'condition.and': phrase({ vi: () => ' và ', en: () => ' and ' }),
  'condition.or': phrase({ vi: () => ' hoặc ', en: () => ' or ' }),
  'condition.not': phrase<{ inner: string }>({
    vi: (p) => `không (${p.inner})`,
    en: (p) => `not (${p.inner})`,
  }),
  'condition.review-year': phrase({ vi: () => 'năm xét', en: () => 'review year' }),
  'condition.last-year': phrase({ vi: () => 'năm cuối', en: () => 'last year' }),
  'condition.every-year': phrase({ vi: () => 'mọi năm', en: () => 'every year' }),
  'condition.in-year': phrase<{ year: number }>({ vi: (p) => `năm ${p.year}`, en: (p) => `in ${p.year}` }),
  'condition.at-least-years': phrase<{ years: number }>({
    vi: (p) => `ít nhất ${p.years} năm`,
    en: (p) => `at least ${p.years} years`,
  }),
  'condition.year-before': phrase({ vi: () => 'năm trước liền kề', en: () => 'the year before' }),
  'condition.not-set': phrase({ vi: () => 'chưa quy định', en: () => 'not set' }),
  'condition.in': phrase({ vi: () => 'thuộc', en: () => 'in' }),
  'condition.not-in': phrase({ vi: () => 'không thuộc', en: () => 'not in' }),
  'subject.criterion': phrase<{ number: string }>({
    vi: (p) => `tiêu chí ${p.number}`,
    en: (p) => `criterion ${p.number}`,
  }),
  'subject.target': phrase<{ number: string }>({
    vi: (p) => `chỉ tiêu ${p.number}`,
    en: (p) => `target ${p.number}`,
  }),
  /** A fact by its label; in English by its English label, else the Vietnamese one. */
  'subject.fact': phrase<{ label: string; labelEn: string }>({
    vi: (p) => `dữ kiện "${p.label}"`,
    en: (p) => `fact "${p.labelEn}"`,
  }),
};
