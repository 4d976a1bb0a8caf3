import { randomUUID } from 'node:crypto';
import type { LocalCloud } from '../../emulator/src';
import type { ItemSelection } from '../../typings/contracts/catalog';
import { GatewayClient } from '../start/gateway-client';
import { percentile } from './measure';

export interface LatencyFigures {
  customers: number;
  p50Ms: number;
  p95Ms: number;
  ratio: number;
  failures: number;
}

/** `customers` customers, each with `item` in the cart, place their orders at the same moment; latency per call. */
export async function measureCheckoutLatency(
  cloud: LocalCloud,
  storeId: string,
  item: ItemSelection,
  customers: number,
): Promise<LatencyFigures> {
  const clients = Array.from(
    { length: customers },
    (_, i) => new GatewayClient(cloud.baseUrl, `o-rush-${storeId}-${i}`),
  );
  await Promise.all(clients.map((client) => client.expect('cart', 'add', { storeId, item, quantity: 1 })));
  const samples: number[] = [];
  let failures = 0;
  await Promise.all(
    clients.map(async (client) => {
      const startedAt = performance.now();
      const result = await client.call('checkout', 'place', {
        storeId,
        mode: 'pickup',
        idempotencyKey: randomUUID(),
      });
      samples.push(performance.now() - startedAt);
      if (!result.ok) failures += 1;
    }),
  );
  const p50Ms = percentile(samples, 50);
  const p95Ms = percentile(samples, 95);
  return { customers, p50Ms, p95Ms, ratio: p95Ms / p50Ms, failures };
}

/** One customer at a time, `runs` times: the latency of a checkout with nothing else going on (p50, ms). */
export async function measureSoloCheckout(
  cloud: LocalCloud,
  storeId: string,
  item: ItemSelection,
  runs: number,
): Promise<number> {
  const client = new GatewayClient(cloud.baseUrl, `o-solo-${storeId}`);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await client.expect('cart', 'add', { storeId, item, quantity: 1 });
    const startedAt = performance.now();
    await client.expect('checkout', 'place', { storeId, mode: 'pickup', idempotencyKey: randomUUID() });
    samples.push(performance.now() - startedAt);
  }
  return percentile(samples, 50);
}
