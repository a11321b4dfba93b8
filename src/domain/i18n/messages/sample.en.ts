/** The sample portfolio: marked everywhere, cleared in one step. */
export const sample = {
  bannerTitle: 'This is the sample portfolio',
  bannerText:
    'The person, credentials and courses are invented, to show how CEU Portfolio works. Packets made from it say SAMPLE on every page.',
  clear: 'Clear the sample and start my own',
  confirmTitle: 'Clear the sample?',
  confirmText:
    'The sample’s person, credentials, activities and certificate files are removed, and you start your own portfolio with your name. Anything you added yourself stays.',
  confirm: 'Clear the sample',
  cancel: 'Keep it for now',
  failed: 'The sample was not cleared',
} as const;
