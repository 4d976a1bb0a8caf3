import type { PriceBreakdown } from '../../../typings/contracts/pricing';
import { breakdownRows } from './rows';

// The server's price breakdown, drawn as it came: lines, items, fees, adjustments and the total.
Component({
  properties: {
    /** The server's `PriceBreakdown`; null draws nothing. */
    breakdown: { type: Object, value: null },
  },
  data: {
    lines: [] as ReturnType<typeof breakdownRows>['lines'],
    amounts: [] as ReturnType<typeof breakdownRows>['amounts'],
    total: null as ReturnType<typeof breakdownRows>['total'] | null,
  },
  observers: {
    breakdown(breakdown: PriceBreakdown | null) {
      if (!breakdown) {
        this.setData({ lines: [], amounts: [], total: null });
        return;
      }
      this.setData({ ...breakdownRows(breakdown) });
    },
  },
});
