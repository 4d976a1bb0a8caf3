// Open API of the local cloud: subscribe messages with consent credits, delayed function tasks, shipping
// information, mini-program codes.
export { OpenApiService, type OpenApiServiceOptions } from './openapi-service';
export type { SentMessage } from './subscribe-messages';
export { DELAYED_TASK_SOURCE, MAX_DELAY_SECONDS, MIN_DELAY_SECONDS, type DelayedTask } from './delayed-tasks';
export { MAX_TEMPLATES_PER_PROMPT, SUBSCRIBE_ROUTE } from './subscribe-route';
export { ShippingInfoDesk, type ShippingUpload } from './shipping-info';
export { ShippingErrcode } from './shipping-rules';
export { decodeCodePng, SCENE_KEYWORD } from './code-png';
export { WxacodeErrcode } from './wxacode';
