import { createWxCloud } from '../../emulator/src/client/wx-cloud';
import type { StaffRole } from '../../server/repositories/staff-repository';
import { SUBSCRIBE_CONFIG } from '../../server/runtime/config';
import { dataOf } from '../support/results';
import { schemaProblems } from '../support/schema-check';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';
import { addMember, addOwnerSetupCode, auditWith, memberOf } from './role-fixtures';
import { addStaff, STAFF } from './staff-fixtures';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
  addStaff(shop);
});
afterAll(() => shop.close());

const ROLES = Object.keys(STAFF) as StaffRole[];
/** Every caller: one member per role, and a customer. */
const CALLERS: Array<[StaffRole | 'customer', string]> = [
  ...ROLES.map((r) => [r, STAFF[r]] as [StaffRole, string]),
  ['customer', 'o-just-a-customer'],
];
const HOUR_MS = 60 * 60 * 1000;
const STAFF_CHANGE = SUBSCRIBE_CONFIG.demoStaffChangeTemplateId;

const forbidden = { ok: false, error: { code: 'FORBIDDEN' } };
const codeProblem = (problem: string) => ({
  ok: false,
  error: { code: 'NOT_FOUND', details: { field: 'code', problem } },
});
const codesOfStore = (storeId: string) => shop.cloud.database.find('staff_codes', { storeId });

async function inviteCode(role: StaffRole, storeId = DEMO_STORE): Promise<string> {
  return dataOf(await shop.call('staff', 'invite', { storeId, role }, STAFF.owner)).code;
}

describe('invite', () => {
  const MAY: Record<string, StaffRole[]> = {
    owner: ['owner', 'manager', 'clerk', 'kitchen'],
    manager: ['clerk', 'kitchen'],
  };
  test.each(CALLERS)('as %s', async (who, openid) => {
    for (const role of ROLES) {
      const before = codesOfStore(DEMO_STORE).length;
      const result = await shop.call('staff', 'invite', { storeId: DEMO_STORE, role }, openid);
      if (MAY[who]?.includes(role)) {
        const data = dataOf(result);
        expect(data.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
        expect(data.expiresAt).toBe(new Date(shop.clock.now() + 72 * HOUR_MS).toISOString());
        const stored = codesOfStore(DEMO_STORE);
        expect(stored).toHaveLength(before + 1);
        const record = stored.find((c) => c._id === `code-${data.code.slice(0, 4)}`) ?? {};
        expect(schemaProblems('staff_codes', record)).toEqual([]);
        expect(JSON.stringify(record)).not.toContain(data.code.replace(/-/g, '').slice(4));
      } else {
        expect(result).toMatchObject(forbidden);
        expect(codesOfStore(DEMO_STORE)).toHaveLength(before);
      }
    }
    if (!MAY[who]) {
      expect(auditWith(shop, 'staff.invite.denied').filter((e) => e.actorOpenid === openid)).toHaveLength(4);
    }
  });

  test('an invite is logged without its code', async () => {
    const code = await inviteCode('kitchen');
    const entry =
      auditWith(shop, 'staff.invite').find((e) => e.targetId === `code-${code.slice(0, 4)}`) ?? {};
    expect(entry).toMatchObject({ actorOpenid: STAFF.owner, actorRole: 'owner', after: { role: 'kitchen' } });
    expect(JSON.stringify(entry)).not.toContain(code.slice(5));
    expect(schemaProblems('audit_log', entry)).toEqual([]);
  });
});

describe('join', () => {
  test('makes the invitee staff in the invited role, once, and the code is spent', async () => {
    const code = await inviteCode('clerk');
    const joined = dataOf(await shop.call('staff', 'join', { code: code.toLowerCase() }, 'o-new-clerk'));
    expect(joined).toMatchObject({ storeId: DEMO_STORE, role: 'clerk', isActive: true });
    const stored = memberOf(shop, DEMO_STORE, 'o-new-clerk') ?? {};
    expect(stored).toMatchObject({ _id: joined.staffId, role: 'clerk', isActive: true });
    expect(schemaProblems('staff', stored)).toEqual([]);
    expect(await shop.call('staff', 'join', { code }, 'o-second-taker')).toMatchObject(
      codeProblem('CODE_USED'),
    );
    expect(memberOf(shop, DEMO_STORE, 'o-second-taker')).toBeUndefined();
    expect(auditWith(shop, 'staff.join').find((e) => e.targetId === joined.staffId)).toMatchObject({
      actorOpenid: 'o-new-clerk',
      actorRole: 'none',
      before: null,
      after: { role: 'clerk', isActive: true },
    });
  });

  test('an expired code, a wrong one and one already staff are refused with nothing written', async () => {
    const code = await inviteCode('kitchen');
    await shop.clock.advance(72 * HOUR_MS);
    expect(await shop.call('staff', 'join', { code }, 'o-late')).toMatchObject(codeProblem('CODE_EXPIRED'));
    expect(memberOf(shop, DEMO_STORE, 'o-late')).toBeUndefined();
    const fresh = await inviteCode('kitchen');
    const wrong = `${fresh.slice(0, 10)}${fresh.endsWith('A') ? 'B' : 'A'}`.padEnd(14, 'A');
    expect(await shop.call('staff', 'join', { code: wrong }, 'o-guesser')).toMatchObject(
      codeProblem('CODE_UNKNOWN'),
    );
    expect(await shop.call('staff', 'join', { code: fresh }, STAFF.clerk)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { problem: 'ALREADY_STAFF' } },
    });
    expect(memberOf(shop, DEMO_STORE, STAFF.clerk)).toMatchObject({ role: 'clerk' });
    dataOf(await shop.call('staff', 'join', { code: fresh }, 'o-guesser'));
  });

  test('concurrent joins with one code make one member', async () => {
    const code = await inviteCode('manager');
    const takers = ['o-race-1', 'o-race-2', 'o-race-3', 'o-race-4', 'o-race-5'];
    const results = await Promise.all(takers.map((openid) => shop.call('staff', 'join', { code }, openid)));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(takers.filter((openid) => memberOf(shop, DEMO_STORE, openid))).toHaveLength(1);
  });

  test('a member who left joins again in the new role', async () => {
    addMember(shop, DEMO_STORE, 'o-came-back', 'clerk', false);
    const code = await inviteCode('kitchen');
    dataOf(await shop.call('staff', 'join', { code }, 'o-came-back'));
    expect(shop.cloud.database.find('staff', { _openid: 'o-came-back' })).toEqual([
      expect.objectContaining({ role: 'kitchen', isActive: true }),
    ]);
  });
});

describe('claimOwner', () => {
  test('makes the caller the store’s owner once, within its lifetime', async () => {
    const code = addOwnerSetupCode(shop, 'store-new', 7 * 24 * HOUR_MS);
    expect(await shop.call('staff', 'claimOwner', { storeId: DEMO_STORE, code }, 'o-founder')).toMatchObject(
      codeProblem('CODE_UNKNOWN'),
    );
    const owner = dataOf(await shop.call('staff', 'claimOwner', { storeId: 'store-new', code }, 'o-founder'));
    expect(owner).toMatchObject({ storeId: 'store-new', role: 'owner' });
    expect(memberOf(shop, 'store-new', 'o-founder')).toMatchObject({ role: 'owner', isActive: true });
    expect(await shop.call('staff', 'claimOwner', { storeId: 'store-new', code }, 'o-usurper')).toMatchObject(
      codeProblem('CODE_USED'),
    );
    expect(memberOf(shop, 'store-new', 'o-usurper')).toBeUndefined();
    expect(auditWith(shop, 'staff.claimOwner')).toEqual([
      expect.objectContaining({
        storeId: 'store-new',
        actorOpenid: 'o-founder',
        after: expect.objectContaining({ role: 'owner' }),
      }),
    ]);
  });

  test('an expired setup code and an invite used as one are refused', async () => {
    const code = addOwnerSetupCode(shop, 'store-late', HOUR_MS);
    await shop.clock.advance(HOUR_MS);
    expect(await shop.call('staff', 'claimOwner', { storeId: 'store-late', code }, 'o-slow')).toMatchObject(
      codeProblem('CODE_EXPIRED'),
    );
    const invite = await inviteCode('clerk');
    expect(
      await shop.call('staff', 'claimOwner', { storeId: DEMO_STORE, code: invite }, 'o-sly'),
    ).toMatchObject(codeProblem('CODE_UNKNOWN'));
    expect(memberOf(shop, DEMO_STORE, 'o-sly')).toBeUndefined();
  });
});

describe('setRole and remove', () => {
  test.each(CALLERS)('setRole as %s', async (who, openid) => {
    const staffId = addMember(shop, DEMO_STORE, `o-promoted-by-${who}`, 'clerk');
    const result = await shop.call('staff', 'setRole', { staffId, role: 'manager' }, openid);
    if (who === 'owner') {
      expect(dataOf(result)).toMatchObject({ staffId, role: 'manager' });
      expect(shop.cloud.database.find('staff', { _id: staffId })[0]).toMatchObject({ role: 'manager' });
      expect(auditWith(shop, 'staff.setRole').find((e) => e.targetId === staffId)).toMatchObject({
        actorRole: 'owner',
        before: { role: 'clerk', isActive: true },
        after: { role: 'manager', isActive: true },
      });
    } else {
      expect(result).toMatchObject(forbidden);
      expect(shop.cloud.database.find('staff', { _id: staffId })[0]).toMatchObject({ role: 'clerk' });
      expect(auditWith(shop, 'staff.setRole.denied').find((e) => e.targetId === staffId)).toMatchObject({
        actorOpenid: openid,
        actorRole: who === 'customer' ? 'none' : who,
      });
    }
  });

  test.each(CALLERS)('remove as %s', async (who, openid) => {
    const staffId = addMember(shop, DEMO_STORE, `o-removed-by-${who}`, 'kitchen');
    const result = await shop.call('staff', 'remove', { staffId }, openid);
    const stored = () => shop.cloud.database.find('staff', { _id: staffId })[0];
    if (who === 'owner') {
      expect(dataOf(result)).toMatchObject({ staffId, isActive: false });
      expect(stored()).toMatchObject({ isActive: false });
    } else {
      expect(result).toMatchObject(forbidden);
      expect(stored()).toMatchObject({ isActive: true });
      expect(auditWith(shop, 'staff.remove.denied').find((e) => e.targetId === staffId)).toBeDefined();
    }
  });

  test('the last owner can be neither demoted nor removed; with a second owner they can', async () => {
    const solo = addMember(shop, 'store-solo', 'o-solo-owner', 'owner');
    const lastOwner = { ok: false, error: { code: 'INVALID_INPUT', details: { problem: 'LAST_OWNER' } } };
    expect(
      await shop.call('staff', 'setRole', { staffId: solo, role: 'manager' }, 'o-solo-owner'),
    ).toMatchObject(lastOwner);
    expect(await shop.call('staff', 'remove', { staffId: solo }, 'o-solo-owner')).toMatchObject(lastOwner);
    expect(memberOf(shop, 'store-solo', 'o-solo-owner')).toMatchObject({ role: 'owner', isActive: true });
    const second = addMember(shop, 'store-solo', 'o-solo-partner', 'clerk');
    dataOf(await shop.call('staff', 'setRole', { staffId: second, role: 'owner' }, 'o-solo-owner'));
    dataOf(await shop.call('staff', 'remove', { staffId: solo }, 'o-solo-owner'));
    expect(await shop.call('staff', 'remove', { staffId: second }, 'o-solo-partner')).toMatchObject(
      lastOwner,
    );
    expect(
      await shop.call('staff', 'setRole', { staffId: solo, role: 'owner' }, 'o-solo-owner'),
    ).toMatchObject(forbidden);
  });

  test('two owners demoting each other at once leave the store an owner', async () => {
    const first = addMember(shop, 'store-duel', 'o-duel-1', 'owner');
    const second = addMember(shop, 'store-duel', 'o-duel-2', 'owner');
    await Promise.all([
      shop.call('staff', 'setRole', { staffId: second, role: 'clerk' }, 'o-duel-1'),
      shop.call('staff', 'remove', { staffId: first }, 'o-duel-2'),
    ]);
    const owners = shop.cloud.database.find('staff', {
      storeId: 'store-duel',
      role: 'owner',
      isActive: true,
    });
    expect(owners.length).toBeGreaterThanOrEqual(1);
  });

  test('an unknown member is NOT_FOUND', async () => {
    expect(await shop.call('staff', 'remove', { staffId: 'staff-nobody' }, STAFF.owner)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('list', () => {
  test.each(CALLERS)('as %s', async (who, openid) => {
    const result = await shop.call('staff', 'list', { storeId: DEMO_STORE }, openid);
    if (who === 'owner' || who === 'manager') {
      const { members } = dataOf(result);
      expect(members[0]?.role).toBe('owner');
      expect(members.map((m) => m.staffId)).toEqual(
        expect.arrayContaining([`${DEMO_STORE}_${STAFF.owner}`, `${DEMO_STORE}_${STAFF.kitchen}`]),
      );
      expect(members.every((m) => m.isActive)).toBe(true);
      // The staff id is `${storeId}_${openid}` (the orders rule's get() builds it); no other field names an openid.
      expect(members.flatMap((m) => Object.keys(m)).filter((key) => /openid/i.test(key))).toEqual([]);
    } else {
      expect(result).toMatchObject(forbidden);
      expect(auditWith(shop, 'staff.list.denied').filter((e) => e.actorOpenid === openid)).toEqual([
        expect.objectContaining({ storeId: DEMO_STORE, targetCollection: 'stores', after: null }),
      ]);
    }
  });
});

describe('the owner is told', () => {
  test('by one message per consent credit; no credit, no message, and the change stands', async () => {
    const owner = 'o-told-owner';
    addMember(shop, 'store-told', owner, 'owner');
    const ownerCode = addOwnerSetupCode(shop, 'store-told', HOUR_MS);
    shop.cloud.openapi.grantConsent(owner, [STAFF_CHANGE]);
    dataOf(await shop.call('account', 'recordConsent', { decisions: { [STAFF_CHANGE]: 'accept' } }, owner));
    dataOf(await shop.call('staff', 'claimOwner', { storeId: 'store-told', code: ownerCode }, 'o-co-owner'));
    const sent = shop.cloud.openapi.outbox().filter((m) => m.touser === owner);
    expect(sent).toEqual([
      expect.objectContaining({
        templateId: STAFF_CHANGE,
        page: 'pages/me/index',
        data: expect.objectContaining({ thing2: { value: '新成员加入 owner' } }),
      }),
    ]);
    const partner = memberOf(shop, 'store-told', 'o-co-owner');
    dataOf(await shop.call('staff', 'setRole', { staffId: String(partner?._id), role: 'manager' }, owner));
    expect(shop.cloud.openapi.outbox().filter((m) => m.touser === owner)).toHaveLength(1);
    expect(memberOf(shop, 'store-told', 'o-co-owner')).toMatchObject({ role: 'manager' });
    const outcomes = (storeId: string) =>
      auditWith(shop, 'notice.staffChange')
        .filter((entry) => entry.storeId === storeId)
        .map((entry) => (entry.after as { outcome: string }).outcome);
    expect(outcomes('store-told')).toEqual(['sent']);
    // The demo owner never consented: the joins above were not told, and stand.
    expect(new Set(outcomes(DEMO_STORE))).toEqual(new Set(['no_consent']));
    expect(shop.cloud.openapi.outbox().filter((m) => m.touser === STAFF.owner)).toEqual([]);
  });
});

test('customers and staff cannot read or write the codes through the client database', async () => {
  await inviteCode('clerk');
  for (const openid of ['o-just-a-customer', STAFF.owner]) {
    const phone = createWxCloud({ baseUrl: shop.cloud.baseUrl, openid });
    phone.init();
    const codes = phone.database().collection('staff_codes');
    await expect(codes.where({}).get()).rejects.toThrow(/-502003/);
    await expect(codes.add({ data: { state: 'open' } })).rejects.toThrow(/-502003/);
  }
});
