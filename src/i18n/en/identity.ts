import type { Messages } from '../messages.js';

/** The operator's identity: the settings that sign arca's letters, and what is said when they are missing. */
export const identity = {
  'identity.unsigned':
    'no site name is set: the letter has a line to fill in where it is signed (arca config set site-name NAME)',
  'identity.siteNameSetting': 'the name of your own site: it signs the letters to claimants ("" to unset)',
  'identity.contactSetting': 'how claimants reach you (email, phone), under the letters\' signature ("" to unset)',
  'identity.addressSetting': 'your postal address, under the letters\' signature (optional; "" to unset)',
  'identity.counterDaysSetting': (p: { max: number }) =>
    `calendar days from a counter-notice to restoring the content (whole number, 1 to ${p.max}; default 15)`,
} satisfies Messages;
