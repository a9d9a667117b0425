// Technology #7: reclaimed-water-source heat pumps (中水源热泵), limited by the reclaimed-water flow.
import { defineWaterSourceHeatPump } from './shared/water-source-heat-pump';

export const reclaimedWaterHeatPump = defineWaterSourceHeatPump({
  id: 'reclaimedWaterHeatPump',
  order: 7,
  label: { zh: '中水源热泵', en: 'Reclaimed-water heat pump' },
  colour: '#1abc9c',
  capacityMw: 2,
  cop: 4.3,
  sourceMaxMw: 1.2,
  sourceLabel: { zh: '中水取热上限', en: 'Reclaimed-water heat limit' },
});
