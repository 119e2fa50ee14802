// Calls on the repository's house style (כללי סגנון): which typography rules run and how.
import { call, noArgs } from '../define.js';
import { houseStylePatchSchema, type HouseStyle } from '../../hebrew/houseStyle.js';

export const houseStyleCalls = {
  'houseStyle.get': call<HouseStyle>()(noArgs),
  'houseStyle.set': call<HouseStyle>()(houseStylePatchSchema),
} as const;
