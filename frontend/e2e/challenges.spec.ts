import { expect, test, type Browser, type Page } from '@playwright/test';

import { linkIn, mailsTo, waitForMail } from './mail';
import { openChallenge, screenGo, signInAs, stage, switchTo } from './support';

/**
 * Done-when 1 of the challenges issue: a lab lead opens a public challenge; a resident
 * suggests on its public page and confirms by the mail's link; the lab lead approves it; a
 * second resident supports it and confirms; the lab lead turns it into an idea; when another
 * lab lead screens that idea Go, the first resident gets a mail. The mails are read from a real
 * SMTP server, GreenMail (playwright.config.ts).
 */

async function anonymous(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', baseURL, reducedMotion: 'reduce' });
  return context.newPage();
}

/** The value of a fact on the idea page. */
function detail(page: Page, term: string) {
  return page.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
}

/** Follows a mail's confirmation link and confirms with the page's one button. */
async function confirmByMail(page: Page, address: string, mailNumber: number): Promise<void> {
  const mail = await waitForMail(address, mailNumber);
  await page.goto(linkIn(mail, 'confirm'));
  await expect(
    page.getByRole('heading', { level: 1, name: 'Confirm your e-mail address' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Confirmed' })).toBeVisible();
}

test('a resident suggests on a public challenge, is supported, and hears when the idea passes screening', async ({
  page,
  browser,
  baseURL,
}) => {
  // Two residents, two confirmations by mail, moderation and a screening: longer than most.
  test.setTimeout(240_000);
  const run = String(Date.now());
  const challengeTitle = `Quieter streets at night ${run}`;
  const suggestionTitle = `Night buses that run on electricity ${run}`;
  const resident = `resident-${run}@example.org`;
  const supporter = `supporter-${run}@example.org`;
  // Markup in a resident's text stays text on every page that shows it.
  const suggestionText =
    '<img src=x onerror="window.civiclabInjected = true"> <script>window.civiclabInjected = true</script> ' +
    'Electric night buses are quiet; run them on the noisiest lines first.';

  // A lab lead opens a public challenge from the challenges page.
  await signInAs(page, 'Lena Holm');
  await page.getByRole('link', { name: 'Challenges', exact: true }).click();
  await page.getByRole('link', { name: 'Open a challenge' }).click();
  const challengePage = await openChallenge(page, challengeTitle);

  // A resident, not signed in, suggests on its public page.
  const visitor = await anonymous(browser, baseURL);
  await visitor.goto('/public/challenges');
  await visitor.getByRole('link', { name: challengeTitle }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: challengeTitle })).toBeVisible();
  await visitor.getByLabel('Your suggestion in a few words').fill(suggestionTitle);
  await visitor.getByLabel('Your suggestion', { exact: true }).fill(suggestionText);
  await visitor.getByLabel('Your name (optional)').fill('Alma Resident');
  await visitor.getByRole('checkbox', { name: 'Credit me by name' }).check();
  await visitor.getByLabel('Your e-mail address').fill(resident);
  await visitor.getByRole('button', { name: 'Send the suggestion' }).click();
  await expect(visitor.getByRole('heading', { name: 'Check your mail' })).toBeVisible();
  await confirmByMail(visitor, resident, 1);
  await expect(visitor.getByText('Your suggestion is confirmed')).toBeVisible();
  // Not public before a lab lead approves it.
  await visitor.getByRole('link', { name: 'Back to the challenge' }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: challengeTitle })).toBeVisible();
  await expect(visitor.getByText(suggestionTitle)).toBeHidden();
  await expect(visitor.getByText(resident)).toBeHidden();

  // The lab lead approves it.
  await page.goto(challengePage);
  await page.getByRole('button', { name: `Approve “${suggestionTitle}”` }).click();
  const suggestion = page.locator('li', { hasText: suggestionTitle });
  await expect(suggestion.getByText('Published')).toBeVisible();
  await expect(suggestion.getByText('By Alma Resident, who wants to be credited.')).toBeVisible();
  await expect(page.getByText(resident)).toBeHidden();
  await expect(suggestion.getByText(suggestionText)).toBeVisible();
  await expectInert(page);

  // A second resident supports it and confirms.
  const second = await anonymous(browser, baseURL);
  await second.goto(new URL(visitor.url()).pathname);
  const published = second.locator('li', { hasText: suggestionTitle });
  await expect(published.getByText('By Alma Resident. 0 supports.')).toBeVisible();
  await expect(published.getByText(suggestionText)).toBeVisible();
  await expectInert(second);
  await published.getByRole('button', { name: `Support “${suggestionTitle}”` }).click();
  await published.getByLabel('Your e-mail address').fill(supporter);
  await published.getByRole('button', { name: 'Send the confirmation link' }).click();
  await expect(published.getByRole('heading', { name: 'Check your mail' })).toBeVisible();
  await confirmByMail(second, supporter, 1);
  await expect(second.getByText('Your support is counted.')).toBeVisible();
  await second.getByRole('link', { name: 'Back to the challenge' }).click();
  await expect(
    second.locator('li', { hasText: suggestionTitle }).getByText('By Alma Resident. 1 support.'),
  ).toBeVisible();
  await second.context().close();

  // The lab lead turns it into an idea, which is submitted at once.
  await page.reload();
  await expect(suggestion.getByText('1 support.')).toBeVisible();
  await page.getByRole('button', { name: `Turn into an idea: “${suggestionTitle}”` }).click();
  await suggestion.getByRole('link', { name: 'Open the idea' }).click();
  await expect(page.getByRole('heading', { level: 1, name: suggestionTitle })).toBeVisible();
  await expect(stage(page)).toHaveText('Screening');
  await expect(page.getByRole('link', { name: challengeTitle })).toBeVisible();
  await expect(detail(page, 'Suggested by the resident')).toHaveText('Alma Resident');
  const ideaPage = page.url();

  // Another lab lead screens it Go (four eyes: Lena submitted it); the resident hears of it.
  const mailsBefore = (await mailsTo(resident)).length;
  await switchTo(page, 'Karin Dahl');
  await page.goto(ideaPage);
  await screenGo(page);
  const mail = await waitForMail(resident, mailsBefore + 1);
  expect(mail.text).toContain(suggestionTitle);
  expect(linkIn(mail, 'erase')).toMatch(/^\/public\/erase\//);
  await visitor.context().close();
});

/** No markup of a resident's text ran or became an element. */
async function expectInert(page: Page): Promise<void> {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(
    await page.evaluate(() => (globalThis as { civiclabInjected?: boolean }).civiclabInjected),
  ).toBeUndefined();
}
