/* global window, document, Image */
// Browser end-to-end tests of the web app against the product as `npm start` runs it (see product.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { apiAs, axeViolations, launch, OUTPUT, PASSWORD, screenshot, signedInPage } from './browser.mjs';
import { startProduct } from './product.mjs';
import { writeBudgets } from './budgets.mjs';

const SECRETARIAT = 'amara@gavi.example.org';
const MEMBER = 'lucia@who.example.org';
const BOARD = 'eleanor@gates.example.org';
const REVIEWER = 'moussa@pasteur-dakar.example.org';
const SUBMITTER = 'thabo@path.example.org';
const PLATFORM_ADMIN = 'admin@hubspoke.example.org';
const CHILD_SECRETARIAT = 'wanjiru@health-kenya.example.org';
const CHILD_MEMBER = 'kenji@unicef.example.org';
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

let product;
let browser;
let hubId;
const a11y = [];

before(async () => {
  product = await startProduct();
  browser = await launch();
  const login = await fetch(`${product.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: SECRETARIAT, password: 'demo-password' }),
  }).then((r) => r.json());
  const mine = await apiAs(product.baseUrl, login.accessToken, '/hubs/mine');
  hubId = mine.body.items.find((h) => h.name === 'Vaccine Delivery Hub').id;
});

after(async () => {
  await browser?.close();
  await product?.stop();
});

/** Screenshot and axe check of one page; violations are collected and asserted in the last test. */
async function check(page, name) {
  await page.waitForLoadState('networkidle');
  await screenshot(page, name);
  const violations = await axeViolations(page);
  if (violations.length) a11y.push(`${name}:\n  ${violations.join('\n  ')}`);
}

/** The board filtered to one task's title: columns hold only the cards on screen, so the card is there whatever the hub holds. */
const boardOf = (task) => `/hubs/${hubId}/tasks?q=${encodeURIComponent(task.title)}`;

async function dragCard(page, card, column) {
  await card.scrollIntoViewIfNeeded();
  const from = await card.boundingBox();
  const to = await column.boundingBox();
  // grab the card by its footer (the title is a button that opens the panel)
  await page.mouse.move(from.x + from.width - 12, from.y + from.height - 10);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 20, { steps: 4 });
  // the card follows the pointer by the corner it was grabbed: dropped with the whole card inside the column
  const dropX = to.x + to.width - 14;
  const dropY = to.y + from.height + 40;
  await page.mouse.move(dropX, dropY, { steps: 10 });
  await page.mouse.move(dropX, dropY + 2, { steps: 2 });
  await page.mouse.up();
}

test('a member moves a task; the secretariat board shows it within 1 s without reload', async () => {
  const sec = await signedInPage(browser, product.baseUrl, SECRETARIAT);
  const mem = await signedInPage(browser, product.baseUrl, MEMBER);
  const tasks = await apiAs(product.baseUrl, mem.session.accessToken, `/hubs/${hubId}/tasks?limit=100`);
  const me = await apiAs(product.baseUrl, mem.session.accessToken, `/hubs/${hubId}`);
  const task = tasks.body.items.find(
    (t) => t.status === 'todo' && t.assigneeOrganizationId === me.body.myOrganizationId,
  );
  assert.ok(task, 'the member has a todo task to move');

  await sec.page.goto(boardOf(task));
  await mem.page.goto(boardOf(task));
  const secCard = sec.page.getByTestId(`task-card-${task.id}`);
  await secCard.waitFor();
  assert.equal(await secCard.getAttribute('data-status'), 'todo');
  await sec.page.evaluate(() => (window.__notReloaded = true));

  const card = mem.page.getByTestId(`task-card-${task.id}`);
  const moved = mem.page.waitForResponse(
    (r) => r.url().endsWith(`/tasks/${task.id}/move`) && r.request().method() === 'POST',
  );
  await dragCard(mem.page, card, mem.page.getByTestId('column-in_progress'));
  const droppedAt = Date.now();
  const shown = sec.page
    .getByTestId('column-in_progress')
    .getByTestId(`task-card-${task.id}`)
    .waitFor({ timeout: 1000 })
    .then(() => Date.now());
  const response = await moved;
  assert.equal(response.status(), 200, `move answered ${response.status()}`);
  const latency = (await shown) - droppedAt;
  assert.equal(await sec.page.evaluate(() => window.__notReloaded), true, 'no reload');
  console.log(`live move shown on the other board after ${latency} ms`);
  assert.ok(latency <= 1000);
  await sec.context.close();
  await mem.context.close();
});

test('a measurement goes from report (member) to verify (secretariat) to the progress bar', async () => {
  const mem = await signedInPage(browser, product.baseUrl, MEMBER);
  const sec = await signedInPage(browser, product.baseUrl, SECRETARIAT);
  const hub = await apiAs(product.baseUrl, mem.session.accessToken, `/hubs/${hubId}`);
  const goals = await apiAs(product.baseUrl, mem.session.accessToken, `/hubs/${hubId}/goals?limit=100`);
  const goal = goals.body.items.find(
    (g) => g.ownerOrganizationId === hub.body.myOrganizationId && g.progress < 90 && g.childIds.length === 0,
  );
  assert.ok(goal, 'the member owns a goal in progress');
  const value =
    goal.direction === 'increase'
      ? goal.target - (goal.target - goal.baseline) * 0.05
      : goal.target + (goal.baseline - goal.target) * 0.05;

  await mem.page.goto(`/hubs/${hubId}/goals/${goal.id}`);
  await sec.page.goto(`/hubs/${hubId}/goals/${goal.id}`);
  const progress = sec.page.getByTestId('goal-progress-value');
  const before = await progress.textContent();

  const form = mem.page.getByTestId('report-form');
  await form.getByLabel(/^Value/).fill(String(Number(value.toFixed(2))));
  await form.getByLabel('Evidence link').fill('https://example.org/evidence/report.pdf');
  await form.getByRole('button', { name: 'Report' }).click();
  await mem.page.getByText('Reported; it counts once the secretariat verifies it.').waitFor();

  // the secretariat sees the new pending measurement live and verifies it
  const verify = sec.page.getByRole('button', { name: 'Verify' });
  await verify.first().waitFor({ timeout: 3000 });
  const pendingBefore = await verify.count();
  await verify.last().click();
  // the note is optional: confirm in the popover
  await sec.page.getByRole('dialog').getByRole('button', { name: 'Verify' }).click();
  await sec.page.waitForFunction(
    (n) =>
      document.querySelectorAll('button').length >= 0 &&
      [...document.querySelectorAll('button')].filter((b) => b.textContent === 'Verify').length < n,
    pendingBefore,
  );
  await sec.page.waitForFunction(
    (text) => document.querySelector('[data-testid="goal-progress-value"]')?.textContent !== text,
    before,
    { timeout: 3000 },
  );
  const afterSec = await progress.textContent();
  console.log(`progress ${before} → ${afterSec}`);
  assert.ok(parseFloat(afterSec) > parseFloat(before));
  // and the member's page follows live
  await mem.page.waitForFunction(
    (text) => document.querySelector('[data-testid="goal-progress-value"]')?.textContent === text,
    afterSec,
    { timeout: 3000 },
  );
  await sec.context.close();
  await mem.context.close();
});

test('hubs of hubs: a child hub reports and verifies; the parent’s open goal page shows the new roll-up live', async () => {
  const parentSec = await signedInPage(browser, product.baseUrl, SECRETARIAT);
  const childMember = await signedInPage(browser, product.baseUrl, CHILD_MEMBER);
  const childSec = await signedInPage(browser, product.baseUrl, CHILD_SECRETARIAT);
  const parentGoals = await apiAs(product.baseUrl, parentSec.session.accessToken, `/hubs/${hubId}/goals?limit=100`);
  const parentGoal = parentGoals.body.items.find((g) => g.rollUp?.childCount === 1);
  assert.ok(parentGoal, 'the Vaccine Delivery Hub has a goal rolled up from its member hub');
  const childHubId = parentGoal.rollUp.contributions[0].childHub.id;
  const childGoals = await apiAs(product.baseUrl, childSec.session.accessToken, `/hubs/${childHubId}/goals?limit=100`);
  const childGoal = childGoals.body.items.find((g) => g.unit === parentGoal.unit);
  const value = Number((Math.max(parentGoal.rollUp.value, childGoal.baseline) + 1.7).toFixed(1));

  await parentSec.page.goto(`/hubs/${hubId}/goals/${parentGoal.id}`);
  const rolledUp = parentSec.page.getByTestId('goal-roll-up-value');
  await rolledUp.waitFor();
  assert.ok(!(await rolledUp.textContent()).includes(String(value)), 'the parent does not show the value yet');
  await parentSec.page.evaluate(() => (window.__notReloaded = true));

  await childMember.page.goto(`/hubs/${childHubId}/goals/${childGoal.id}`);
  const form = childMember.page.getByTestId('report-form');
  await form.getByLabel(/^Value/).fill(String(value));
  const reported = childMember.page.waitForResponse(
    (r) => r.url().endsWith(`/goals/${childGoal.id}/measurements`) && r.request().method() === 'POST',
  );
  await form.getByRole('button', { name: 'Report' }).click();
  const measurementId = (await (await reported).json()).measurement.id;

  await childSec.page.goto(`/hubs/${childHubId}/goals/${childGoal.id}`);
  await childSec.page.getByTestId(`measurement-${measurementId}`).getByRole('button', { name: 'Verify' }).click();
  await childSec.page.getByRole('dialog').getByRole('button', { name: 'Verify' }).click();
  await parentSec.page.waitForFunction(
    (expected) => document.querySelector('[data-testid="goal-roll-up-value"]')?.textContent?.includes(expected),
    String(value),
    { timeout: 5000 },
  );
  assert.equal(await parentSec.page.evaluate(() => window.__notReloaded), true, 'no reload');
  for (const side of [parentSec, childMember, childSec]) await side.context.close();
});

test('a board member sees no edit controls, and the api refuses an edit all the same', async () => {
  const board = await signedInPage(browser, product.baseUrl, BOARD);
  const { page } = board;
  await page.goto(`/hubs/${hubId}/tasks`);
  await page.locator('[data-testid^="task-card-"]').first().waitFor();
  assert.equal(await page.getByRole('button', { name: 'New task' }).count(), 0);
  assert.equal(await page.locator('[aria-roledescription="draggable task"]').count(), 0);
  await page.locator('[data-testid^="task-card-"] button').first().click();
  await page.getByRole('dialog').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Save' }).count(), 0);
  assert.equal(await page.getByRole('dialog').getByLabel('Title').getAttribute('readonly'), '');

  await page.goto(`/hubs/${hubId}/goals`);
  await page.locator('a[href*="/goals/"]').first().click();
  await page.getByText('Measurement history').waitFor();
  await page.waitForLoadState('networkidle');
  assert.equal(await page.getByRole('button', { name: 'Verify' }).count(), 0);
  assert.equal(await page.getByTestId('report-form').count(), 0);

  await page.goto(`/hubs/${hubId}/members`);
  await page.getByRole('article').first().waitFor();
  assert.equal(await page.getByRole('button', { name: 'Invite' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: /^Remove/ }).count(), 0);

  const tasks = await apiAs(product.baseUrl, board.session.accessToken, `/hubs/${hubId}/tasks?limit=1`);
  const task = tasks.body.items[0];
  const edit = await apiAs(product.baseUrl, board.session.accessToken, `/hubs/${hubId}/tasks/${task.id}`, {
    method: 'PATCH',
    body: JSON.stringify({ version: task.version, title: 'Board edit' }),
  });
  assert.equal(edit.status, 403);
  const move = await apiAs(product.baseUrl, board.session.accessToken, `/hubs/${hubId}/tasks/${task.id}/move`, {
    method: 'POST',
    body: JSON.stringify({ version: task.version, status: task.status, position: 1 }),
  });
  assert.equal(move.status, 403);
  await board.context.close();
});

test('board: a member votes on the open resolution; the secretariat sees the tally change live', async () => {
  const sec = await signedInPage(browser, product.baseUrl, SECRETARIAT);
  const board = await signedInPage(browser, product.baseUrl, BOARD);
  const open = await apiAs(product.baseUrl, board.session.accessToken, `/hubs/${hubId}/resolutions?status=open`);
  const resolution = open.body.items[0];
  assert.ok(resolution, 'the demo hub has a resolution open for votes');
  const path = `/hubs/${hubId}/board/resolutions/${resolution.id}`;
  const { voted, seats } = resolution.tally;

  await sec.page.goto(path);
  await board.page.goto(path);
  const tally = sec.page.getByRole('group', { name: 'Live tally' });
  // exact: the badge says it too while nothing is decided ("Not decided yet: 1 of 3 seats voted, quorum 2")
  await tally.getByText(`${voted} of ${seats} seats voted`, { exact: true }).waitFor();
  await sec.page.evaluate(() => (window.__notReloaded = true));

  await board.page.getByRole('group', { name: 'Your vote' }).getByRole('button', { name: 'For' }).click();
  const castAt = Date.now();
  await tally.getByText(`${voted + 1} of ${seats} seats voted`, { exact: true }).waitFor({ timeout: 3000 });
  console.log(`vote shown in the secretariat's tally after ${Date.now() - castAt} ms`);
  assert.equal(await sec.page.evaluate(() => window.__notReloaded), true, 'no reload');
  await board.page.getByRole('button', { name: 'For', pressed: true }).waitFor();
  await sec.context.close();
  await board.context.close();
});

/** A page whose live socket is connected (socket.io's namespace answer), so nothing pushed afterwards is missed. */
async function gotoLive(page, path) {
  const socket = page.waitForEvent('websocket', (ws) => ws.url().includes('/socket.io/'));
  await page.goto(path);
  await (await socket).waitForEvent('framereceived', { predicate: (frame) => String(frame.payload).startsWith('40') });
}

const unreadOf = async (bell) => Number(/^Inbox, (\d+) unread$/.exec(await bell.getAttribute('aria-label'))[1]);

test('notifications: the secretariat proposes a resolution; a board member’s bell rises live, without reload', async () => {
  const sec = await signedInPage(browser, product.baseUrl, SECRETARIAT, { width: 1440, height: 900 });
  const board = await signedInPage(browser, product.baseUrl, BOARD, { width: 1440, height: 900 });
  await gotoLive(board.page, '/hubs');
  const bell = board.page.getByRole('link', { name: /^Inbox, \d+ unread$/ });
  await bell.waitFor();
  await board.page.waitForLoadState('networkidle');
  const before = await unreadOf(bell);
  await board.page.evaluate(() => (window.__notReloaded = true));

  await sec.page.goto(`/hubs/${hubId}/board?tab=resolutions`);
  await sec.page.getByRole('button', { name: 'Propose resolution' }).click();
  const form = sec.page.getByRole('dialog', { name: 'Propose a resolution' });
  const title = 'Fund a second cold-chain audit';
  await form.getByLabel('Title').fill(title);
  await form
    .getByLabel('Motion')
    .fill('The board funds an independent audit of the cold chain in the three pilot countries.');
  const deadline = new Date(Date.now() + 7 * 86_400_000);
  const local = new Date(deadline.getTime() - deadline.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  await form.getByLabel('Voting deadline').fill(local);
  await form.getByRole('button', { name: 'Propose' }).click();
  const proposedAt = Date.now();
  await board.page.getByRole('link', { name: `Inbox, ${before + 1} unread` }).waitFor({ timeout: 5000 });
  console.log(`board member's bell rose ${before} → ${before + 1} after ${Date.now() - proposedAt} ms`);
  assert.equal(await board.page.evaluate(() => window.__notReloaded), true, 'no reload');

  // the inbox says what waits and leads to the vote
  await bell.click();
  const item = board.page.getByRole('listitem').filter({ hasText: title });
  await item.getByRole('link', { name: 'A resolution awaits your vote' }).waitFor();
  await check(board.page, 'notifications-board-inbox');
  await item.getByRole('link', { name: 'A resolution awaits your vote' }).click();
  await board.page.waitForURL(/\/board\/resolutions\/[0-9a-f-]{36}$/);
  await board.page.getByRole('heading', { name: title }).waitFor();
  await sec.context.close();
  await board.context.close();
});

test('notifications: a member completes a task; the secretariat’s inbox shows it live; the settings at 1440 and 390 px', async () => {
  const sec = await signedInPage(browser, product.baseUrl, SECRETARIAT, { width: 1440, height: 900 });
  const mem = await signedInPage(browser, product.baseUrl, MEMBER, { width: 1440, height: 900 });
  const me = await apiAs(product.baseUrl, mem.session.accessToken, `/hubs/${hubId}`);
  const tasks = await apiAs(product.baseUrl, mem.session.accessToken, `/hubs/${hubId}/tasks?limit=100`);
  const task = tasks.body.items.find(
    (t) => ['todo', 'in_progress'].includes(t.status) && t.assigneeOrganizationId === me.body.myOrganizationId,
  );
  assert.ok(task, 'the member has an open task');

  await gotoLive(sec.page, '/notifications');
  await sec.page.getByRole('heading', { name: 'Inbox' }).waitFor();
  await sec.page.evaluate(() => (window.__notReloaded = true));
  await mem.page.goto(boardOf(task));
  const moved = mem.page.waitForResponse(
    (r) => r.url().endsWith(`/tasks/${task.id}/move`) && r.request().method() === 'POST',
  );
  await dragCard(mem.page, mem.page.getByTestId(`task-card-${task.id}`), mem.page.getByTestId('column-done'));
  assert.equal((await moved).status(), 200);
  const doneAt = Date.now();
  const item = sec.page.getByRole('listitem').filter({ hasText: task.title });
  await item.getByRole('link', { name: /completed a task$/ }).waitFor({ timeout: 5000 });
  console.log(`the secretariat's inbox showed the completed task after ${Date.now() - doneAt} ms`);
  assert.equal(await sec.page.evaluate(() => window.__notReloaded), true, 'no reload');
  await check(sec.page, 'notifications-secretariat-inbox');

  // the settings: a kind turned to email is kept
  await sec.page.getByRole('link', { name: 'Notification settings' }).click();
  const settings = sec.page.getByRole('region', { name: 'Notifications' });
  const completed = settings.getByRole('radiogroup', { name: 'A member organization completes a task' });
  const saved = sec.page.waitForResponse(
    (r) => r.url().endsWith('/api/notifications/settings') && r.request().method() === 'PUT',
  );
  await completed.getByText('Email too').click();
  assert.equal((await saved).status(), 200);
  await check(sec.page, 'notifications-settings');
  await sec.page.reload();
  await completed.getByRole('radio', { name: 'Email too' }).waitFor({ state: 'attached' });
  assert.equal(await completed.getByRole('radio', { name: 'Email too' }).isChecked(), true);

  await sec.page.setViewportSize({ width: 390, height: 844 });
  for (const [shot, target] of [
    ['notifications-mobile-inbox', '/notifications'],
    ['notifications-mobile-settings', '/account#notifications'],
  ]) {
    await sec.page.goto(target);
    await sec.page.getByRole('heading', { level: 1 }).waitFor();
    await check(sec.page, shot);
    await assertNoSidewaysScroll(sec.page, `${shot} at 390 px`);
  }
  await sec.context.close();
  await mem.context.close();
  const found = a11y.filter((v) => v.startsWith('notifications-'));
  assert.deepEqual(found, [], `serious or critical axe violations:\n${found.join('\n')}`);
});

/** Moves a challenge to a stage as the passing of time would: the stages before it end now, it and the later ones later. */
async function moveChallengeTo(challenge, stage) {
  const index = challenge.stages.findIndex((s) => s.kind === stage);
  const stages = challenge.stages.map((s, i) => ({
    kind: s.kind,
    deadline: new Date(Date.now() + ((i - index) * 10 + 5) * 86_400_000).toISOString(),
  }));
  await product.sql('UPDATE challenge SET stages = $2::jsonb WHERE id = $1', [challenge.id, JSON.stringify(stages)]);
}

test('challenge: a score reaches the manager’s ranking live; the manager shortlists and awards; the new hub has its goals', async () => {
  // Eleanor (Gates Foundation) manages the demo challenge; Moussa, one of its reviewers, has a proposal left to score
  const manager = await signedInPage(browser, product.baseUrl, BOARD);
  const challenges = await apiAs(product.baseUrl, manager.session.accessToken, '/challenges');
  const challenge = challenges.body.find((c) => c.funder.name === 'Gates Foundation');
  assert.ok(challenge, 'the Gates Foundation challenge is seeded');
  const proposals = await apiAs(product.baseUrl, manager.session.accessToken, `/challenges/${challenge.id}/proposals`);
  const coalition = proposals.body.find((p) => p.hubId === null && p.status === 'eligible');
  assert.ok(coalition, 'a coalition’s proposal is in review');

  await manager.page.goto(`/challenges/${challenge.id}`);
  const row = manager.page
    .getByRole('table', { name: 'Ranking' })
    .getByRole('row')
    .filter({ hasText: coalition.title });
  const reviews = row.getByRole('cell').nth(5);
  await reviews.filter({ hasText: /^1$/ }).waitFor();
  await manager.page.evaluate(() => (window.__notReloaded = true));

  const reviewer = await fetch(`${product.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: REVIEWER, password: 'demo-password' }),
  }).then((r) => r.json());
  const scored = await apiAs(product.baseUrl, reviewer.accessToken, `/proposals/${coalition.id}/scores`, {
    method: 'POST',
    body: JSON.stringify({
      scores: challenge.rubric.map((c) => ({ criterionId: c.id, score: 4, comment: 'Sound plan' })),
    }),
  });
  assert.equal(scored.status, 204);
  await reviews.filter({ hasText: /^2$/ }).waitFor({ timeout: 3000 });
  assert.equal(await manager.page.evaluate(() => window.__notReloaded), true, 'no reload');

  // the seeded challenge is in peer review: the judges' stage and then the award stage come when their deadlines pass
  await moveChallengeTo(challenge, 'judges');
  await manager.page.reload();
  await row.getByRole('checkbox', { name: `Shortlist ${coalition.title}` }).check();
  await manager.page.getByRole('button', { name: 'Shortlist 1 selected' }).click();
  await row.getByText('shortlisted').waitFor();
  await moveChallengeTo(challenge, 'award');
  await manager.page.reload();
  await manager.page.getByRole('button', { name: `Award ${coalition.title}` }).click();
  await manager.page.getByRole('status').filter({ hasText: 'A new hub was created' }).waitFor();
  await manager.page.getByRole('link', { name: 'open the hub' }).click();
  await manager.page.waitForURL(/\/hubs\/[0-9a-f-]{36}$/);
  const newHubId = new URL(manager.page.url()).pathname.split('/').pop();
  // the funder is no member of the new public hub: its public page lists the proposal's goals
  await manager.page.getByRole('heading', { name: coalition.title }).waitFor();
  const publicGoals = manager.page.getByRole('region', { name: 'Goals' });
  for (const goal of coalition.goals) await publicGoals.getByRole('article', { name: goal.title }).waitFor();

  // the coalition's submitter (Thabo, PATH) runs the new hub and works on its goals
  const submitter = await signedInPage(browser, product.baseUrl, SUBMITTER);
  await submitter.page.goto(`/hubs/${newHubId}/goals`);
  for (const goal of coalition.goals) await submitter.page.getByText(goal.title).first().waitFor();
  await submitter.context.close();
  await manager.context.close();
});

/** Fails when the page scrolls sideways at a phone's width. */
async function assertNoSidewaysScroll(page, name) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `${name} scrolls sideways by ${overflow}px`);
}

test('trust: a new account confirms its email from the outbox, asks to join the Gates Foundation, and its admin approves', async () => {
  const email = `applicant.${Date.now()}@example.org`;
  const name = 'Ada Applicant';
  const desktop = await browser.newContext({ baseURL: product.baseUrl, viewport: { width: 1440, height: 900 } });
  const page = await desktop.newPage();
  page.on('pageerror', (error) => console.error('[applicant] page error:', error.message));

  // registering starts no session: the address is confirmed first
  await page.goto('/register');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  await page.getByRole('main').getByText(`We sent an email to ${email}`).waitFor();
  await check(page, 'trust-check-email');

  // signed in but unconfirmed: the app asks to confirm and lists the emails this server kept instead of sending them
  await page.getByRole('link', { name: 'Sign in' }).first().click();
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Confirm your email first' }).waitFor();
  const kept = page.getByRole('region', { name: 'Emails kept for you on this server' });
  await kept.getByRole('link', { name: 'Confirm' }).waitFor();
  await check(page, 'trust-confirm-email');

  // the platform admin reads every outbox email: the link is the one the page offers
  const admin = await fetch(`${product.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: PLATFORM_ADMIN, password: PASSWORD }),
  }).then((r) => r.json());
  const outbox = await apiAs(product.baseUrl, admin.accessToken, '/digests/outbox?limit=50');
  const mail = outbox.body.items.find((m) => m.to === email && m.subject.startsWith('Confirm your email'));
  assert.ok(mail, 'the confirmation email is in the outbox');
  const link = new URL(/https?:\/\/\S+\/verify-email\?token=\S+/.exec(mail.text)[0]);
  const path = `${link.pathname}${link.search}`;
  assert.equal(await kept.getByRole('link', { name: 'Confirm' }).getAttribute('href'), path);

  await page.goto(path);
  await page.waitForURL('**/hubs');
  await page.getByRole('heading', { name: 'My hubs' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Confirm your email address' }).count(), 0);

  // the applicant finds the Gates Foundation and asks to join it
  await page
    .getByRole('navigation', { name: 'Main', exact: true })
    .getByRole('link', { name: 'Organizations' })
    .click();
  await page.getByLabel('Search').fill('Gates');
  await page.getByRole('link', { name: 'Gates Foundation' }).click();
  await page.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
  const orgPath = new URL(page.url()).pathname;
  await page.getByRole('heading', { name: 'Gates Foundation', level: 1 }).waitFor();
  await page.getByText('✓ Verified').first().waitFor();
  await page.getByLabel('A word for who decides').fill('I run the cold-chain grants in Nairobi.');
  await page.getByRole('button', { name: 'Ask to join' }).click();
  await page.getByText('You asked to join Gates Foundation.').waitFor();
  await check(page, 'trust-organization-requested');

  // its admin approves the request on the organization's page
  const gates = await signedInPage(browser, product.baseUrl, BOARD, { width: 1440, height: 900 });
  await gates.page.goto(orgPath);
  const request = gates.page.getByRole('listitem', { name: `Request from ${name}` });
  await request.getByText('I run the cold-chain grants in Nairobi.').waitFor();
  await check(gates.page, 'trust-organization-admin');
  await request.getByRole('button', { name: 'Approve' }).click();
  await request.waitFor({ state: 'detached' });
  await gates.page.getByRole('region', { name: 'Members' }).getByText(name).waitFor();

  // the applicant is an approved member now: on the organization's page and in their account
  await page.reload();
  await page.getByText('You are a member of Gates Foundation').waitFor();
  await page.getByRole('region', { name: 'Members' }).getByText(`${name} (you)`).waitFor();
  await page.goto('/account');
  const mine = page.getByRole('region', { name: 'Your organizations' });
  await mine.getByRole('link', { name: 'Gates Foundation' }).waitFor();
  await mine.getByText('Member', { exact: true }).waitFor();
  await check(page, 'trust-account');
  await desktop.close();

  // the admin's pages at a phone's width
  await gates.page.setViewportSize({ width: 390, height: 844 });
  for (const [shot, target] of [
    ['trust-mobile-organization', orgPath],
    ['trust-mobile-account', '/account'],
    ['trust-mobile-organizations', '/organizations'],
  ]) {
    await gates.page.goto(target);
    await check(gates.page, shot);
    await assertNoSidewaysScroll(gates.page, `${shot} at 390 px`);
  }
  await gates.context.close();
  const found = a11y.filter((v) => v.startsWith('trust-'));
  assert.deepEqual(found, [], `serious or critical axe violations:\n${found.join('\n')}`);
});

test('screenshots and axe checks of every main page', async () => {
  const sec = await signedInPage(browser, product.baseUrl, SECRETARIAT);
  const { page } = sec;
  const pages = [
    ['my-hubs', '/hubs'],
    ['directory', '/directory'],
    ['overview', `/hubs/${hubId}`],
    ['tasks-board', `/hubs/${hubId}/tasks`],
    ['tasks-table', `/hubs/${hubId}/tasks?view=table`],
    ['goals', `/hubs/${hubId}/goals`],
    ['members', `/hubs/${hubId}/members`],
    ['activity', `/hubs/${hubId}/activity`],
    ['board-review', `/hubs/${hubId}/review`],
    ['groups', `/hubs/${hubId}/groups`],
    ['inbox', '/notifications'],
    ['my-work', '/me/work'],
    ['consolidation-targets', '/consolidation'],
    ['consolidation-11.6', '/consolidation/11.6'],
  ];
  for (const [name, path] of pages) {
    await page.goto(path);
    await check(page, name);
  }
  await page.goto(`/hubs/${hubId}/goals`);
  await page.locator('a[href*="/goals/"]').first().click();
  await page.getByText('Measurement history').waitFor();
  await check(page, 'goal-detail');
  await page.goto(`/hubs/${hubId}/tasks`);
  await page.locator('[data-testid^="task-card-"] button').first().click();
  await page.getByRole('dialog').waitFor();
  await check(page, 'task-panel');

  const invite = await apiAs(product.baseUrl, sec.session.accessToken, `/hubs/${hubId}/invitations`, {
    method: 'POST',
    body: JSON.stringify({
      email: 'new.person@example.org',
      organizationId: (await apiAs(product.baseUrl, sec.session.accessToken, `/hubs/${hubId}`)).body.myOrganizationId,
      role: 'observer',
    }),
  });
  assert.equal(invite.status, 201);
  const anonymous = await browser.newContext({ baseURL: product.baseUrl, viewport: { width: 1280, height: 900 } });
  const anon = await anonymous.newPage();
  for (const [name, path] of [
    ['sign-in', '/signin'],
    ['register', '/register'],
    ['accept-invitation', `/invite/${invite.body.inviteToken}`],
  ]) {
    await anon.goto(path);
    await check(anon, name);
  }
  await anonymous.close();

  const mobile = await signedInPage(browser, product.baseUrl, SECRETARIAT, { width: 375, height: 812 });
  for (const [name, path] of [
    ['mobile-overview', `/hubs/${hubId}`],
    ['mobile-tasks', `/hubs/${hubId}/tasks`],
    ['mobile-goal-list', `/hubs/${hubId}/goals`],
    ['mobile-groups', `/hubs/${hubId}/groups`],
    ['mobile-my-work', '/me/work'],
    ['mobile-consolidation', '/consolidation/11.6'],
  ]) {
    await mobile.page.goto(path);
    await check(mobile.page, name);
    const overflow = await mobile.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `${name} scrolls sideways by ${overflow}px at 375 px`);
    if (name === 'mobile-overview') {
      // the hub's tabs do not fit: the strip fades at the right edge, where the rest wait
      assert.equal(await mobile.page.locator('[data-more-right]').count(), 1, 'the tab strip shows that it scrolls');
    }
  }
  await mobile.context.close();
  await sec.context.close();
  assert.deepEqual(a11y, [], `serious or critical axe violations:\n${a11y.join('\n')}`);
  console.log(`screenshots in ${OUTPUT}`);
});

test('public pages: an anonymous visitor sees the ratings league; a signed-in user opens the challenges', async () => {
  const anonymous = await browser.newContext({ baseURL: product.baseUrl, viewport: { width: 1280, height: 900 } });
  const anon = await anonymous.newPage();
  const before = a11y.length;
  // the worker computes the ratings at start: wait for the public demo hub to appear in the league
  const deadline = Date.now() + 60_000;
  for (;;) {
    await anon.goto('/ratings');
    const row = anon.getByRole('link', { name: 'Vaccine Delivery Hub' });
    if (
      await row.waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      )
    )
      break;
    assert.ok(Date.now() < deadline, 'the public Vaccine Delivery Hub never appeared in the ratings league');
  }
  // several public hubs are rated: open the one this test reads
  await anon.getByRole('button', { name: 'Why Vaccine Delivery Hub' }).click();
  await anon.getByRole('table', { name: 'How Vaccine Delivery Hub scored' }).waitFor();
  await check(anon, 'ratings');
  await anonymous.close();

  const sec = await signedInPage(browser, product.baseUrl, SECRETARIAT);
  await sec.page.goto('/challenges');
  await sec.page.getByRole('heading', { name: 'Challenges' }).waitFor();
  await sec.page.getByRole('link', { name: 'Issue a challenge' }).waitFor();
  await check(sec.page, 'challenges');
  await sec.page.goto(`/hubs/${hubId}/metrics`);
  await sec.page.getByRole('heading', { name: 'Custom metrics' }).waitFor();
  await check(sec.page, 'hub-metrics');
  await sec.context.close();
  const found = a11y.slice(before);
  assert.deepEqual(found, [], `serious or critical axe violations:\n${found.join('\n')}`);
});

/** Follows a link of the main menu: in the header, or behind the burger on a narrow screen. */
async function openFromMenu(page, label) {
  const header = page.getByRole('navigation', { name: 'Main', exact: true });
  if (await header.isVisible()) return header.getByRole('link', { name: label }).click();
  await page.getByRole('button', { name: 'Open navigation' }).click();
  await page.getByRole('navigation', { name: 'Main (mobile)' }).getByRole('link', { name: label }).click();
}

test('public hub pages: an anonymous visitor goes from the directory to a hub page and the network map; a private hub is not found', async () => {
  const before = a11y.length;
  const failed = [];
  const watch = (page) =>
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`);
    });
  for (const viewport of [
    { width: 1440, height: 900, name: 'public' },
    { width: 390, height: 844, name: 'mobile-public' },
  ]) {
    const context = await browser.newContext({ baseURL: product.baseUrl, viewport });
    const page = await context.newPage();
    watch(page);
    await page.goto('/directory');
    await page.getByRole('link', { name: 'Vaccine Delivery Hub' }).click();
    await page.waitForURL('**/h/vaccine-delivery-hub');
    await page.getByRole('heading', { level: 1, name: 'Vaccine Delivery Hub' }).waitFor();
    const goals = page.getByRole('region', { name: 'Goals' }).getByRole('article');
    await goals.first().waitFor();
    assert.ok((await goals.count()) > 1, 'the public page lists the goals');
    const indicator = await goals.first().getByTestId('goal-indicator').textContent();
    assert.match(indicator, /^SDG indicator \d+\.\w+\.\d+: \w+/, `an indicator with its official name: ${indicator}`);
    assert.ok((await goals.first().getByRole('progressbar').count()) === 1, 'the goal shows its progress');
    await page
      .getByRole('region', { name: 'Board' })
      .getByText(/constituency/)
      .first()
      .waitFor();
    await check(page, `${viewport.name}-hub`);
    await assertNoSidewaysScroll(page, `the public hub page at ${viewport.width} px`);

    await openFromMenu(page, 'Network');
    await page.waitForURL('**/network');
    await page.mouse.move(0, viewport.height - 1); // off the menu: axe judges the page, not a hovered link
    const map = page.getByTestId('network-map');
    await map.waitFor();
    await page.waitForSelector('[data-testid="network-map"][data-layout="done"]', { timeout: 20_000 });
    assert.ok((await colouredPixels(page, map)) > 500, 'the map is drawn for an anonymous visitor');
    await page.getByTestId('measure-glossary').waitFor();
    await check(page, `${viewport.name}-network`);
    await assertNoSidewaysScroll(page, `the network page at ${viewport.width} px`);
    await context.close();
  }

  const wanjiru = await fetch(`${product.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'wanjiru@health-kenya.example.org', password: PASSWORD }),
  }).then((r) => r.json());
  const privateHub = (await apiAs(product.baseUrl, wanjiru.accessToken, '/hubs/mine')).body.items.find(
    (h) => h.slug === 'east-african-immunization-hub',
  );
  assert.equal(privateHub.visibility, 'private');
  const anonymous = await browser.newContext({ baseURL: product.baseUrl, viewport: { width: 1440, height: 900 } });
  const anon = await anonymous.newPage();
  for (const [name, path] of [
    ['public-404-private-hub', `/h/${privateHub.slug}`],
    ['public-404-private-hub-by-id', `/hubs/${privateHub.id}`],
    ['public-404-unknown', '/no-such-page'],
  ]) {
    const response = await anon.goto(path);
    if (path.startsWith('/h/')) assert.equal(response.status(), 404, `${path} answers 404`);
    await anon.getByRole('heading', { name: 'Page not found' }).waitFor();
    assert.equal(new URL(anon.url()).pathname, path, `${path} stays where it is`);
    assert.ok(!(await anon.content()).includes(privateHub.name), `${path} tells nothing of the private hub`);
    await check(anon, name);
  }
  await anonymous.close();
  const preview = await fetch(`${product.baseUrl}/h/vaccine-delivery-hub`).then((r) => r.text());
  assert.match(preview, /<meta property="og:title" content="Vaccine Delivery Hub"/);

  // a signed-in non-member gets the same page from the workspace address, with no failing call
  const visitor = await signedInPage(browser, product.baseUrl, 'visitor@example.org');
  watch(visitor.page);
  await visitor.page.goto(`/hubs/${hubId}`);
  await visitor.page.getByRole('region', { name: 'Goals' }).getByRole('article').first().waitFor();
  await visitor.page.waitForLoadState('networkidle');
  await visitor.context.close();

  assert.deepEqual(failed, [], 'no call of the public pages failed');
  const found = a11y.slice(before);
  assert.deepEqual(found, [], `serious or critical axe violations:\n${found.join('\n')}`);
});

/** Pixels of the map that carry a colour (nodes and ties; labels are black, the background white). */
async function colouredPixels(page, locator) {
  const png = (await locator.screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const { data: rgba } = context.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      const max = Math.max(rgba[i], rgba[i + 1], rgba[i + 2]);
      const min = Math.min(rgba[i], rgba[i + 1], rgba[i + 2]);
      if (max - min > 40) count++;
    }
    return count;
  }, png);
}

test('the network map: drawn with WebGL, filtered by SDG 3, an organization found and its panel shown', async () => {
  const sec = await signedInPage(browser, product.baseUrl, SECRETARIAT);
  const { page } = sec;
  const logged = [];
  // not the page's: with --disable-gpu, Chromium's software compositor reads each WebGL canvas back every frame and
  // says so ("GL Driver Message (OpenGL, Performance, ...): GPU stall due to ReadPixels"); GPU compositing on SwiftShader
  // is silent, but panned the 5,000-organization map of bench/scenarios/map.mjs several times slower
  const browserNote = /GL Driver Message \(OpenGL, Performance/;
  page.on('console', (m) => {
    if (['error', 'warning'].includes(m.type()) && !browserNote.test(m.text())) logged.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (error) => logged.push(`page error: ${error.message}`));
  const sdg3 = await apiAs(product.baseUrl, sec.session.accessToken, '/network?sdg=3');
  const all = await apiAs(product.baseUrl, sec.session.accessToken, '/network');
  const count = (graph) => graph.body.nodes.id.length;
  assert.ok(count(sdg3) > 0 && count(sdg3) < count(all), 'SDG 3 is a part');

  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Network' }).click();
  await page.waitForURL('**/network');
  const map = page.getByTestId('network-map');
  await map.waitFor();
  assert.equal(await map.getAttribute('data-nodes'), String(count(all)));
  assert.ok((await map.locator('canvas').count()) > 0, 'sigma made its canvases');
  await page.waitForSelector('[data-testid="network-map"][data-layout="done"]', { timeout: 20_000 });
  const drawn = await colouredPixels(page, map);
  console.log(`network map: ${count(all)} organizations, ${drawn} coloured pixels drawn`);
  assert.ok(drawn > 500, `the map drew ${drawn} coloured pixels`);

  await page.getByRole('combobox', { name: 'Sustainable Development Goal' }).click();
  await page.getByRole('option', { name: /^SDG 3: / }).click();
  await page.waitForURL(/[?&]sdg=3\b/);
  await page.waitForSelector(`[data-testid="network-map"][data-nodes="${count(sdg3)}"]`);

  const who = sdg3.body.nodes.shortName.indexOf('WHO');
  assert.ok(who >= 0, 'WHO works on SDG 3');
  await page.getByRole('combobox', { name: 'Find an organization' }).fill('World Health');
  await page.getByRole('option', { name: /^World Health Organization/ }).click();
  await page.waitForURL(new RegExp(`[?&]org=${sdg3.body.nodes.id[who]}`));
  const panel = page.getByRole('tabpanel', { name: 'Organization' });
  await panel.getByRole('heading', { name: sdg3.body.nodes.name[who] }).waitFor();
  await panel.getByRole('columnheader', { name: 'SDG 3' }).waitFor();
  await panel.getByRole('heading', { name: /^Ties \(\d+\)$/ }).waitFor();
  await panel.getByRole('heading', { name: 'Hubs' }).waitFor();
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'network');
  assert.deepEqual(await axeViolations(page), [], 'no serious or critical axe violations on the network page');

  await page.getByRole('tab', { name: 'Insights' }).click();
  await page.getByRole('region', { name: 'Hub candidates' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'nor with the insights shown');
  assert.deepEqual(logged, [], 'the map logs no error or warning, also when its scope changes');
  await sec.context.close();

  const mobile = await signedInPage(browser, product.baseUrl, SECRETARIAT, { width: 375, height: 812 });
  await mobile.page.goto('/network?sdg=3');
  await mobile.page.getByTestId('network-map').waitFor();
  await mobile.page.waitForLoadState('networkidle');
  await screenshot(mobile.page, 'mobile-network');
  const overflow = await mobile.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `the network page scrolls sideways by ${overflow}px at 375 px`);
  await mobile.context.close();
});

test('command palette: Ctrl-K finds a task by a word of its title and opens it; ? lists the shortcuts', async () => {
  const sec = await signedInPage(browser, product.baseUrl, SECRETARIAT);
  const tasks = await apiAs(product.baseUrl, sec.session.accessToken, `/hubs/${hubId}/tasks?limit=100`);
  // a task whose longest word no other task of the hub shares, so the palette's first task is this one
  const wordsOf = (t) => t.title.toLowerCase().match(/[\p{L}\p{N}]{5,}/gu) ?? [];
  const counts = new Map();
  for (const t of tasks.body.items) for (const w of new Set(wordsOf(t))) counts.set(w, (counts.get(w) ?? 0) + 1);
  const task = tasks.body.items.find((t) => wordsOf(t).some((w) => counts.get(w) === 1));
  assert.ok(task, 'a demo task has a word of its own');
  const word = wordsOf(task).find((w) => counts.get(w) === 1);

  const before = a11y.length;
  await sec.page.goto(`/hubs/${hubId}`);
  await sec.page.getByTestId('overview-ready').waitFor();
  await sec.page.keyboard.press('Control+k');
  const input = sec.page.getByRole('combobox', { name: 'Search or run a command' });
  await input.waitFor();
  await input.fill(word);
  const option = sec.page.getByRole('option', { name: new RegExp(task.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
  await option.first().waitFor();
  await sec.page.keyboard.press('Enter');
  await sec.page.waitForURL(
    (url) => url.pathname === `/hubs/${hubId}/tasks` && url.searchParams.get('task') === task.id,
  );
  await sec.page.getByRole('dialog').filter({ hasText: task.title }).first().waitFor();
  await sec.page.keyboard.press('Escape');

  await sec.page.locator('body').click({ position: { x: 5, y: 300 } });
  await sec.page.keyboard.press('Shift+?');
  const help = sec.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await help.waitFor();
  for (const does of ['Open the command palette', 'New task (in a hub)', 'Go to Goals (in a hub)']) {
    assert.ok(await help.getByText(does).first().isVisible(), `the shortcuts list "${does}"`);
  }
  await check(sec.page, 'shortcuts');
  assert.deepEqual(a11y.slice(before), [], 'no serious or critical axe violation in the shortcuts dialog');
  await sec.context.close();
});

test('budgets: hub workspace JS (gzipped) and time to a usable overview', async () => {
  const runs = [];
  let scripts = new Set();
  for (let i = 0; i < 5; i++) {
    const { context, page } = await signedInPage(browser, product.baseUrl, SECRETARIAT);
    const loaded = new Set();
    page.on('response', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/assets/') && url.pathname.endsWith('.js')) loaded.add(url.pathname);
    });
    const start = Date.now();
    await page.goto(`/hubs/${hubId}`);
    await page.getByTestId('overview-ready').waitFor();
    await page.locator('[data-testid^="goal-"]').first().waitFor();
    runs.push(Date.now() - start);
    await page.waitForLoadState('networkidle');
    scripts = loaded;
    await context.close();
  }
  const js = [...scripts].reduce(
    (sum, path) => sum + gzipSync(readFileSync(`${DIST}${path.slice(1)}`), { level: 9 }).length,
    0,
  );
  const sorted = [...runs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const kb = js / 1024;
  console.log(
    `hub workspace route JS: ${kb.toFixed(1)} kB gzipped in ${scripts.size} files; overview usable after ${median} ms (median of ${runs.join(', ')} ms)`,
  );
  const load = loadavg()[0];
  writeBudgets({ jsKb: kb, files: scripts.size, medianMs: median, runs, load });
  assert.ok(kb <= 300, `hub workspace JS ${kb.toFixed(1)} kB > 300 kB`);
  // the machine is shared: a timing taken while other work saturates the cores says little, so it is recorded, not judged
  if (load < cpus().length * 1.5) assert.ok(median <= 1500, `overview usable after ${median} ms > 1500 ms`);
  else
    console.warn(
      `load average ${load.toFixed(1)} on ${cpus().length} cores: the 1.5 s budget is recorded but not asserted`,
    );
});
