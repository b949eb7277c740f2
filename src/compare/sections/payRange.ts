// Pay distribution: each role's wage percentiles on one scale shared by all
// roles, so the chart compares like with like. The scale is computed here;
// the webview only places marks at the given positions.
import { formatMoney, formatWage, isTopCoded, wageValue } from '../../format/format';
import type { Role, Wage } from '../../model/schema';
import type { RangePoint, Section, YourPay } from '../../protocol/comparisonView';
import { NATIONAL_LABEL } from '../../states/localPay';
import { PAY_PLACE_RULE, payPlaceText, placePay } from '../../states/payPlace';
import type { PayWhere } from '../payWhere';
import { sourcesBeside } from './national';
import { hourlyOnlyReason } from './salary';

const PERCENTILES = [
  ['p10', '10th percentile'],
  ['p25', '25th percentile'],
  ['median', 'Median'],
  ['p75', '75th percentile'],
  ['p90', '90th percentile'],
] as const;

/** Tick spacings tried in order; the first giving at most MAX_TICKS marks is used. */
const STEPS = [5_000, 10_000, 20_000, 25_000, 50_000, 100_000, 200_000];
const MAX_TICKS = 7;
/** Room past a top-coded end, as a share of the scale, so its open end shows that it goes on. */
const OPEN_END_ROOM = 0.06;

export interface WageScale {
  min: number;
  max: number;
  step: number;
}

type RangeRow = Extract<Section, { kind: 'range' }>['rows'][number];
type Percentiles = NonNullable<NonNullable<Role['pay']>['percentiles']>;

/** The lowest and highest percentile of any role (and `also`, e.g. the user's pay), and the top-coded floor if some value is top-coded. */
function extent(roles: Role[], also: readonly number[] = []): { lo: number; hi: number; topCode?: number } | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  let topCode: number | undefined;
  const hasPercentiles = roles.some((r) => r.pay?.percentiles);
  for (const v of hasPercentiles ? also : []) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  for (const r of roles) {
    for (const [key] of PERCENTILES) {
      const w: Wage | undefined = r.pay?.percentiles?.[key];
      if (w === undefined) continue;
      const v = wageValue(w);
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
      if (isTopCoded(w)) topCode = v;
    }
  }
  return hi === -Infinity ? undefined : { lo, hi, topCode };
}

/** A scale from a round number below the lowest value to one above the highest (with room past a top-coded end). */
export function wageScale(roles: Role[], also: readonly number[] = []): WageScale | undefined {
  const v = extent(roles, also);
  if (!v) return undefined;
  const hi = v.topCode !== undefined ? v.hi + (v.hi - v.lo) * OPEN_END_ROOM + 1 : v.hi;
  for (const step of STEPS) {
    const min = Math.floor(v.lo / step) * step;
    let max = Math.ceil(hi / step) * step;
    if (max === min) max = min + step;
    if ((max - min) / step + 1 <= MAX_TICKS || step === STEPS[STEPS.length - 1]) return { min, max, step };
  }
  return undefined;
}

const at = (scale: WageScale, value: number) => Math.round(((value - scale.min) / (scale.max - scale.min)) * 10_000) / 100;

/** "$50K", "$125K" on the axis; the marks carry the exact figures. */
const tickText = (value: number) => `$${value / 1000}K`;

function points(p: Percentiles | undefined, scale: WageScale): RangePoint[] {
  const out: RangePoint[] = [];
  for (const [key, label] of PERCENTILES) {
    const w = p?.[key];
    if (w !== undefined) out.push({ key, label, text: formatWage(w), at: at(scale, wageValue(w)), open: isTopCoded(w) });
  }
  return out;
}

function summary(title: string, pts: RangePoint[]): string {
  if (pts.length === 0) return `${title}: no data`;
  return `${title}: ${pts.map((p) => `${p.label.toLowerCase()} ${p.text}`).join(', ')}.`;
}

/** Where the user's pay falls for a role, for the chosen state or nationally. */
function yourPayMark(r: Role, yearly: number, scale: WageScale, where: PayWhere): YourPay {
  const place = where.place?.national.has(r.id)
    ? `in ${where.place.area.name}`
    : where.areas.has(r.id)
      ? 'nationally'
      : 'by its own figures';
  const says = payPlaceText(yearly, placePay(yearly, r.pay?.percentiles), r.title, place);
  return { at: Math.min(100, Math.max(0, at(scale, yearly))), text: formatMoney(yearly), says };
}

function rangeRow(r: Role, scale: WageScale, where: PayWhere | undefined) {
  const pts = points(r.pay?.percentiles, scale);
  const row: RangeRow = { heading: r.title, summary: summary(r.title, pts), points: pts };
  const national = where?.place?.national.get(r.id);
  if (national) {
    const nat = points(national.pay?.percentiles, scale);
    row.beside = { label: NATIONAL_LABEL, summary: summary(`${r.title}, ${NATIONAL_LABEL}`, nat), points: nat };
  }
  if (where?.yourPay !== undefined) row.yourPay = yourPayMark(r, where.yourPay, scale, where);
  return row;
}

/** Shown only when some role has percentiles (official roles do). */
export function payRange(roles: Role[], where?: PayWhere): Section[] {
  const nationals = roles.flatMap((r) => where?.place?.national.get(r.id) ?? []);
  const also = where?.yourPay !== undefined ? [where.yourPay] : [];
  const scale = wageScale([...roles, ...nationals], also);
  if (!scale) return [];
  const ticks = [];
  for (let v = scale.min; v <= scale.max; v += scale.step) ticks.push({ at: at(scale, v), text: tickText(v) });
  const rows = roles.map((r) => rangeRow(r, scale, where));
  const topCode = extent([...roles, ...nationals])?.topCode;
  return [
    {
      kind: 'range',
      id: 'pay-range',
      title: 'Pay distribution',
      measure: 'Annual wage',
      sources: sourcesBeside(roles, ['pay'], where),
      notes: [
        ...(where?.place ? [`Each role's percentiles for ${where.place.area.name}, with the national ones under them.`] : []),
        ...(where?.yourPay !== undefined ? [`Your pay: ${PAY_PLACE_RULE}`] : []),
        'The thin line runs from the 10th to the 90th percentile, the box from the 25th to the 75th; the mark is the median.',
        ...(topCode !== undefined
          ? [`An open end is top-coded: BLS publishes only that the wage is at least ${formatMoney(topCode)}.`]
          : []),
        ...roles.flatMap((r) => {
          const why = !r.pay?.percentiles ? hourlyOnlyReason(r) : undefined;
          return why ? [`${r.title}: ${why}`] : [];
        }),
      ],
      ticks,
      rows,
    },
  ];
}
