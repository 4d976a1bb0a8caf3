// What no script can do for the cloud database — security rules and indexes — written out as the exact
// text to paste or type in the Cloud Development console, collection by collection.
import { type CollectionDefinition, type RuleSet, RULE_KEYS } from '../../database/types';

/** Where the console keeps a collection's security rules. */
export const RULES_PLACE = '云开发控制台 → 数据库 → <集合> → 数据权限 → 自定义安全规则';
/** Where the console keeps a collection's indexes. */
export const INDEXES_PLACE = '云开发控制台 → 数据库 → <集合> → 索引管理 → 添加索引';

/** A collection's rules as the JSON the console's rule editor takes, keys in the documented order. */
export function rulesJson(rules: RuleSet): string {
  const ordered: Record<string, unknown> = {};
  for (const key of RULE_KEYS) if (rules[key] !== undefined) ordered[key] = rules[key];
  return JSON.stringify(ordered, null, 2);
}

/** Every collection's rules, each under a heading naming the collection, to paste one by one. */
export function securityRuleSteps(collections: readonly CollectionDefinition[]): string[] {
  const lines = [
    `Security rules: no API sets them from a script. For each collection open ${RULES_PLACE},`,
    'replace the editor content with the JSON below and save.',
  ];
  for (const collection of sortedByName(collections)) {
    lines.push('', `-- ${collection.name}`, rulesJson(collection.rules));
  }
  return lines;
}

/** Every collection's indexes as the form fields the console asks for (name, unique, fields in order). */
export function indexSteps(collections: readonly CollectionDefinition[]): string[] {
  const withIndexes = sortedByName(collections).filter((collection) => collection.indexes.length > 0);
  if (withIndexes.length === 0) return ['Indexes: none declared.'];
  const lines = [
    `Indexes: the SDK has no API to create them. Add each one in ${INDEXES_PLACE}`,
    '(fields in the order given; 升序 = ascending, 降序 = descending):',
  ];
  for (const collection of withIndexes) {
    lines.push('', `-- ${collection.name}`);
    for (const index of collection.indexes) {
      const fields = index.keys
        .map((key) => `${key.name} ${key.direction === 1 ? '升序' : '降序'}`)
        .join(', ');
      lines.push(`   ${index.name}  ${index.unique ? '唯一 (unique)' : '非唯一 (not unique)'}  ${fields}`);
    }
  }
  return lines;
}

function sortedByName(collections: readonly CollectionDefinition[]): CollectionDefinition[] {
  return [...collections].sort((a, b) => a.name.localeCompare(b.name));
}
