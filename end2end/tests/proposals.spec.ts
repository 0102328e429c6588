import { test, expect, Page } from '@playwright/test';
import { openVotingWith, signedIn } from './steps';

// A proposal's whole journey at phone size: a resident sends it, an officer asks for
// changes, the resident improves it, the officer finds it feasible and it reaches the
// round's shortlist. Once with JavaScript, once without (on a second round, which the
// officer first opens for proposals).

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

const journeys = [
  {
    javaScriptEnabled: true,
    round: '/neighbourhoods/ilfracombe/rounds/2027-28',
    resident: 'resident.ilfracombe@demo.invalid',
    officer: 'officer.ilfracombe@demo.invalid',
    openFirst: false,
    title: 'Benches on the Capstone path',
  },
  {
    javaScriptEnabled: false,
    round: '/neighbourhoods/castle-vale/rounds/2028',
    resident: 'resident.castle-vale@demo.invalid',
    officer: 'officer.castle-vale@demo.invalid',
    openFirst: true,
    title: 'Planters along Farnborough Road',
  },
];

for (const j of journeys) {
  const how = j.javaScriptEnabled ? 'with JavaScript' : 'with JavaScript turned off';

  test(`a proposal goes from a resident's phone through review to the shortlist, ${how}`, async ({ browser }) => {
    const officer = await signedIn(browser, j.javaScriptEnabled, j.officer);
    if (j.openFirst) {
      await officer.goto(`${j.round}/review`);
      await expect(officer.getByTestId('round-phase')).toHaveText('Being set up');
      await officer.getByRole('button', { name: 'Open for proposals' }).click();
      await expect(officer.getByRole('status')).toContainText('is now at the stage: Proposals open');
    }

    // The resident sends a proposal; a cost of nothing is caught and their text kept.
    const resident = await signedIn(browser, j.javaScriptEnabled, j.resident);
    await resident.goto(j.round);
    await resident.getByRole('link', { name: 'Send a proposal' }).click();
    await expect(resident.getByRole('heading', { level: 1, name: 'Send a proposal' })).toBeVisible();
    await resident.getByLabel('Title').fill(j.title);
    await resident.getByLabel('Summary in one line').fill('Somewhere to rest, and something green to look at.');
    await resident.getByLabel('Your proposal in full').fill('What we would do.\n\nWho it is for.');
    await resident.getByLabel('How much will it cost?').fill('0');
    await resident.getByLabel('Priority area').selectOption('environment');
    await noSidewaysScroll(resident);
    await resident.getByRole('button', { name: 'Send proposal' }).click();
    const summary = resident.getByRole('alert');
    await expect(summary).toContainText('There is a problem');
    await summary.getByRole('link', { name: 'The cost must be more than £0' }).click();
    await expect(resident.getByLabel('Title')).toHaveValue(j.title);
    await resident.getByLabel('How much will it cost?').fill('£4,800');
    await resident.getByRole('button', { name: 'Send proposal' }).click();
    await expect(resident.getByRole('heading', { level: 1, name: j.title })).toBeVisible();
    await expect(resident.getByRole('status')).toContainText('Your proposal has been sent');
    await expect(resident.getByTestId('proposal-status')).toHaveText('Waiting for review');
    const proposalUrl = resident.url();

    // The officer closes proposals, opens the queue and asks for changes.
    await officer.goto(j.round);
    await officer.getByRole('link', { name: 'Officers: review proposals and move the round on' }).click();
    await officer.getByRole('button', { name: 'Close proposals and start the review' }).click();
    await expect(officer.getByRole('status')).toContainText('Proposals being checked');
    await officer.getByRole('link', { name: j.title }).click();
    await officer.getByLabel('Needs changes: ask the proposer to improve it').check();
    await officer.getByRole('button', { name: 'Save review' }).click();
    await expect(officer.getByRole('alert').getByRole('link', { name: 'Tell the proposer what to change' })).toBeVisible();
    await officer.getByLabel('Feedback or reason').fill('Please say where the planters would go, so we can check the land is ours.');
    await officer.getByRole('button', { name: 'Save review' }).click();
    await expect(officer.getByTestId('proposal-status')).toHaveText('Changes requested');

    // The resident finds the feedback among their proposals and changes it.
    await resident.getByRole('link', { name: 'Your account' }).click();
    await resident.getByRole('link', { name: 'Your proposals' }).click();
    await expect(resident.getByText('Please say where the planters would go')).toBeVisible();
    await resident.getByRole('link', { name: 'Change this proposal' }).click();
    await expect(resident.getByText('What the officer asked you to change')).toBeVisible();
    await resident.getByLabel('Where in the neighbourhood? (optional)').fill('The verge by the shops');
    await noSidewaysScroll(resident);
    await resident.getByRole('button', { name: 'Save changes' }).click();
    await expect(resident.getByRole('status')).toContainText('sent back to the officers for review');
    await expect(resident.getByTestId('proposal-status')).toHaveText('Waiting for review');
    expect(resident.url()).toBe(proposalUrl);

    // The officer finds it feasible; it is on the round's shortlist.
    await officer.reload();
    await officer.getByLabel('Feasible: it goes on the ballot').check();
    await officer.getByRole('button', { name: 'Save review' }).click();
    await expect(officer.getByTestId('proposal-status')).toHaveText('On the ballot');
    await resident.goto(j.round);
    await expect(resident.getByTestId('shortlist').getByRole('link', { name: j.title })).toBeVisible();
    await resident.goto(proposalUrl);
    await expect(resident.getByText('An officer asked for changes')).toBeVisible();
    await expect(resident.getByText('This is version 2 of the proposal.')).toBeVisible();

    await officer.context().close();
    await resident.context().close();
  });
}

test('the officer finishes the review and opens an "up to 3" ballot; the resident votes on the new shortlist', async ({ browser }) => {
  test.setTimeout(120_000);
  const round = '/neighbourhoods/ilfracombe/rounds/2027-28';
  const officer = await signedIn(browser, true, 'officer.ilfracombe@demo.invalid');
  await openVotingWith(officer, round, 'Choose up to a number of proposals', /How many proposals each person may choose/, '3');
  await officer.context().close();

  const resident = await signedIn(browser, true, 'resident.ilfracombe@demo.invalid');
  await resident.goto(round);
  await resident.getByRole('link', { name: 'Vote now' }).click();
  await expect(resident.locator('form.ballot[data-live="true"]')).toHaveCount(1);
  const total = resident.getByTestId('ballot-total');
  await expect(total).toHaveText('0 of 3 chosen.');
  const ticks = resident.locator('input.ballot__tick');
  for (let i = 0; i < 4; i++) await ticks.nth(i).check();
  await expect(total).toHaveText('4 of 3 chosen: 1 too many.');
  await ticks.nth(3).uncheck();
  await expect(total).toHaveText('3 of 3 chosen.');
  await noSidewaysScroll(resident);
  await resident.getByRole('button', { name: 'Send my vote' }).click();
  await expect(resident.getByRole('heading', { level: 1, name: 'Your vote has been counted' })).toBeVisible();
  const receipt = (await resident.getByTestId('receipt').textContent()) ?? '';
  // A different three: the new ballot replaces the old one whole, same receipt.
  await resident.getByRole('link', { name: 'Change your vote' }).click();
  // The ballot as it stands comes back marked: swap one choice for another.
  await expect(resident.locator('form.ballot[data-live="true"]')).toHaveCount(1);
  await expect(resident.getByTestId('ballot-total')).toHaveText('3 of 3 chosen.');
  await resident.locator('input.ballot__tick').nth(0).uncheck();
  await resident.locator('input.ballot__tick').nth(4).check();
  await expect(resident.getByTestId('ballot-total')).toHaveText('3 of 3 chosen.');
  await resident.getByRole('button', { name: 'Send my vote' }).click();
  await expect(resident.getByRole('heading', { level: 1, name: /Your vote has been changed/ })).toBeVisible();
  await expect(resident.getByTestId('receipt')).toHaveText(receipt);
  await resident.context().close();
});
