// Across collections: a rule's get() that names its collection must name a defined one, and read fields its schema declares.
import type { CheckedCollection } from './collection-checks';
import type { ProblemList } from './problems';
import { parseRuleExpression } from './rule-expression';
import { fetchedFieldsOf } from './rule-fields';
import { resolveSchemaPath } from './schema-paths';

/** Adds a problem for each `get('database.<collection>.…').<field>` whose collection or field does not exist. */
export function checkRuleReferences(
  checked: ReadonlyMap<string, CheckedCollection | undefined>,
  problems: ProblemList,
): void {
  for (const [name, collection] of checked) {
    if (!collection) continue;
    for (const [key, rule] of Object.entries(collection.definition.rules)) {
      if (typeof rule !== 'string') continue;
      for (const fetched of fetchedFieldsOf(parseRuleExpression(rule))) {
        const file = `collections/${name}.rules.json`;
        if (!checked.has(fetched.collection)) {
          problems.add(
            file,
            `rule "${key}" calls get() on collection "${fetched.collection}", which is not defined`,
          );
          continue;
        }
        const target = checked.get(fetched.collection);
        if (target && !resolveSchemaPath(target.definition.schema, fetched.path))
          problems.add(
            file,
            `rule "${key}" reads ${fetched.collection}.${fetched.path} through get(), which the ${fetched.collection} schema does not declare`,
          );
      }
    }
  }
}
