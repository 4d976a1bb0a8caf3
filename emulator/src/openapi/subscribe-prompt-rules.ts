// What a `wx.requestSubscribeMessage` prompt may ask for, checked the same way by the consent sheet in
// the browser and by the local cloud's consent door (no Node imports: the preview bundles this file).

/** The path the mini program side (the preview's consent sheet, page tests) posts a prompt's outcome to. */
export const SUBSCRIBE_ROUTE = '/client/subscribe';

/**
 * Templates one prompt may ask for. The current docs say 5, older docs and field reports say 3;
 * where sources disagree the stricter number is the one to design for.
 */
export const MAX_TEMPLATES_PER_PROMPT = 3;

/** A prompt the platform refuses before showing it: its errCode and the words after `:fail `. */
export interface PromptRefusal {
  errCode: number;
  message: string;
}

/** The refusal the platform answers a prompt for `tmplIds` with, or the distinct template ids to show. */
export function checkPromptTemplates(tmplIds: unknown): PromptRefusal | string[] {
  if (!Array.isArray(tmplIds) || tmplIds.length === 0) {
    return { errCode: 10001, message: "TmplIds can't be empty" };
  }
  if (!tmplIds.every((id): id is string => typeof id === 'string' && id.trim() !== '')) {
    return { errCode: 10004, message: 'Invalid template id' };
  }
  const templateIds = [...new Set(tmplIds)];
  if (templateIds.length > MAX_TEMPLATES_PER_PROMPT) {
    return { errCode: 20003, message: 'Templates count out of max bounds' };
  }
  return templateIds;
}
