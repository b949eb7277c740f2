// The map of pay by state in the Salary part of the page: one tile map per
// role with state figures (official roles), on one shared colour scale, the
// chosen state outlined; the webview also offers it as a table.
import { formatSource } from '../../format/format';
import type { Role } from '../../model/schema';
import type { Section } from '../../protocol/comparisonView';
import { buildTileMap } from '../../states/tileMap';
import type { PayWhere } from '../payWhere';

export function payMap(roles: Role[], where: PayWhere | undefined): Section[] {
  const mapped = roles.flatMap((r) => {
    const areas = where?.areas.get(r.id);
    return areas ? [{ title: r.title, areas }] : [];
  });
  if (!where?.source || mapped.length === 0) return [];
  const map = buildTileMap(mapped);
  const without = roles.filter((r) => !where.areas.has(r.id)).map((r) => r.title);
  return [
    {
      kind: 'stateMap',
      id: 'pay-map',
      title: 'Pay by state',
      sources: [formatSource(where.source)],
      notes: [
        'Average (mean) yearly wage in each state and DC, on one colour scale shared by every map.',
        ...(without.length > 0 ? [`${without.join(', ')}: no state figures (a role from your own file).`] : []),
      ],
      legend: map.legend,
      ...(where.place && { chosen: where.place.area.code }),
      maps: map.maps,
    },
  ];
}
