import type { HomeInput } from '../../typings/contracts/browse';
import { createRouter, defineAction } from '../../server/runtime/router';
import type { Schema } from '../../server/runtime/validation';
import { loadHome } from '../../server/services/browse-service';

const homeInput: Schema<HomeInput> = {
  type: 'object',
  properties: { storeId: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' } },
  required: ['storeId'],
  additionalProperties: false,
};

// browse: what a customer sees before ordering. Anyone may browse, signed in or not.
export const main = createRouter({
  home: defineAction({
    input: homeInput,
    requiresUser: false,
    handle: (input) => loadHome(input, Date.now()),
  }),
});
