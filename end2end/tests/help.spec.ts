import { test, expect } from '@playwright/test';
import { signedIn } from './steps';

// Help and feedback on phones at 390x844: the officer puts the team's contact details on
// Ilfracombe's help page; a resident who lost her letter finds that page from the round
// she wants to vote in (with JavaScript off), sees how to reach the team and sends
// feedback; the officer reads it and marks it answered.

test('a resident who lost her letter finds the help page and the contact, sends feedback, and the officer marks it answered', async ({ browser }) => {
  const officer = await signedIn(browser, true, 'officer.ilfracombe@demo.invalid');
  await officer.goto('/neighbourhoods/ilfracombe/help');
  await officer.getByRole('link', { name: 'Change the contact details' }).click();
  await officer.getByLabel('Email').fill('ilfracombe.budget@northdevon.example');
  await officer.getByLabel('Phone').fill('01271 388 280');
  await officer.getByLabel('In person', { exact: true }).fill('Ilfracombe library, Candar Walk: Tuesdays 10am to 12 noon');
  await officer.getByRole('button', { name: 'Save contact details' }).click();
  await expect(officer.getByRole('status')).toContainText('Contact details saved');

  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const resident = await context.newPage();
  await resident.goto('/neighbourhoods/ilfracombe/rounds/2026-27');
  await resident.getByRole('banner').getByRole('link', { name: 'Help' }).click();
  await expect(resident).toHaveURL(/\/neighbourhoods\/ilfracombe\/help$/);
  await expect(resident.getByRole('heading', { name: 'Lost your letter?' })).toBeVisible();
  await expect(resident.getByText('They will cancel the old code')).toBeVisible();
  const contact = resident.getByTestId('contact');
  await expect(contact.getByRole('link', { name: 'ilfracombe.budget@northdevon.example' })).toHaveAttribute(
    'href',
    'mailto:ilfracombe.budget@northdevon.example',
  );
  await expect(contact.getByRole('link', { name: '01271 388 280' })).toHaveAttribute('href', 'tel:01271388280');
  await expect(contact).toContainText('Tuesdays 10am to 12 noon');
  // Voting is open: the page takes her straight to it.
  await expect(resident.getByTestId('open-rounds').getByRole('link', { name: /^Vote now in/ })).toHaveAttribute(
    'href',
    '/neighbourhoods/ilfracombe/rounds/2026-27/vote',
  );

  await resident.getByRole('link', { name: 'Send feedback' }).click();
  await expect(resident.getByLabel('What is it about?')).toHaveValue('ilfracombe');
  // Sent empty, the form says what is missing and keeps her choice.
  await resident.getByRole('button', { name: 'Send message' }).click();
  await expect(resident.getByRole('alert')).toContainText('Enter your message');
  await expect(resident.getByLabel('What is it about?')).toHaveValue('ilfracombe');
  await resident.getByLabel('Your message').fill('My letter went to my old flat. Can I still vote?');
  await resident.getByLabel('Your name').fill('Jenna Hartnoll');
  await resident.getByLabel('Your email address').fill('jenna.h@example.com');
  await resident.getByRole('button', { name: 'Send message' }).click();
  await expect(resident.getByRole('status')).toContainText('who will reply by email');

  await officer.goto('/neighbourhoods/ilfracombe/help');
  await officer.getByRole('link', { name: 'Read feedback messages' }).click();
  const message = officer.getByTestId('feedback-message').filter({ hasText: 'My letter went to my old flat' });
  await expect(message.getByRole('link', { name: 'jenna.h@example.com' })).toHaveAttribute('href', 'mailto:jenna.h@example.com');
  await message.getByRole('button', { name: /Mark as answered/ }).click();
  await expect(officer.getByRole('status')).toContainText('Message marked answered.');
  await expect(
    officer.getByTestId('feedback-message').filter({ hasText: 'My letter went to my old flat' }).getByTestId('answered'),
  ).toContainText('Marked answered by');
  await context.close();
});
