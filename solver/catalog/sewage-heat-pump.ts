// Technology #6: sewage-source heat pumps (污水源热泵), limited by the sewage flow.
import { defineWaterSourceHeatPump } from './shared/water-source-heat-pump';

export const sewageHeatPump = defineWaterSourceHeatPump({
  id: 'sewageHeatPump',
  order: 6,
  label: { zh: '污水源热泵', en: 'Sewage-source heat pump' },
  colour: '#16a085',
  capacityMw: 3,
  cop: 4.0,
  sourceMaxMw: 2.0,
  sourceLabel: { zh: '污水取热上限', en: 'Sewage heat limit' },
});
