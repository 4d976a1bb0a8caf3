import simulate from 'miniprogram-simulate';
import { storeBindingsBehavior } from 'mobx-miniprogram-bindings';
import { CartStore } from './cart-store';
import { SessionStore } from './session-store';
import { memoryStorage } from './storage';

// A component bound to the stores through mobx-miniprogram-bindings redraws when a store changes.
test('a bound component shows the cart count and the mode, and redraws on change', async () => {
  const cart = new CartStore();
  const session = new SessionStore(memoryStorage());
  // `storeBindings` is the behavior's own option, which the simulator's option type does not list.
  const definition = {
    template: '<view class="count">{{count}}</view><view class="mode">{{mode}}</view>',
    behaviors: [storeBindingsBehavior],
    storeBindings: [
      { store: cart, fields: { count: () => cart.itemCount }, actions: [] },
      { store: session, fields: ['mode'], actions: { setMode: 'setMode' } },
    ],
  };
  const id = simulate.load(definition);
  const view = simulate.render(id);
  view.attach(document.createElement('parent-wrapper'));
  expect(view.querySelector('.count')?.dom?.textContent).toBe('0');
  expect(view.querySelector('.mode')?.dom?.textContent).toBe('pickup');

  cart.apply({ storeId: 'store-demo', lines: [], itemsFen: 2400, itemCount: 2 });
  session.setMode('delivery');
  await simulate.sleep(0); // the bindings batch store changes into one setData
  expect(view.querySelector('.count')?.dom?.textContent).toBe('2');
  expect(view.querySelector('.mode')?.dom?.textContent).toBe('delivery');
  view.detach();
});
