import { isEvidenceLink, isHttpLinks, LKE_2021, MAX_LINK_LENGTH, validate } from '../../src/lke';

describe('evidence links: http(s) with a host, nothing hidden in them', () => {
  it.each([
    'https://drive.example.go.id/bukti/1',
    'http://intranet.kppn.go.id/sk.pdf?versi=2#hal-3',
    'https://drive.example.go.id/a https://drive.example.go.id/b',
    'https://drive.example.go.id/a\nhttps://drive.example.go.id/b',
    `https://a.go.id/${'x'.repeat(MAX_LINK_LENGTH - 16)}`,
  ])('accepts %s', (text) => expect(isHttpLinks(text)).toBe(true));

  it.each([
    ['credentials', 'https://a@b.go.id/'],
    ['user and password', 'https://user:rahasia@drive.example.go.id/'],
    ['a space inside', 'https://drive.example.go.id/my file.pdf'],
    ['a no-break space', 'https://drive.example.go.id/my\u00a0file.pdf'],
    ['a zero-width space', 'https://drive.example\u200b.go.id/'],
    ['a right-to-left override', 'https://drive.example.go.id/\u202efdp.exe'],
    ['a bidi isolate', 'https://drive.example.go.id/\u2066x'],
    ['a control character', 'https://drive.example.go.id/\u0007'],
    ['an escape sequence', 'https://drive.example.go.id/\u001b[2J'],
    ['no host', 'https:///path'],
    ['no slashes', 'https:drive.example.go.id'],
    ['a backslash', 'https:\\\\drive.example.go.id\\x'],
    ['another scheme', 'javascript:alert(1)'],
    ['a file link', 'file:///C:/bukti.pdf'],
    ['too long', `https://a.go.id/${'x'.repeat(MAX_LINK_LENGTH)}`],
  ])('refuses a link with %s', (_why, text) => expect(isHttpLinks(text)).toBe(false));

  it('one bad part makes the cell an error, reported on the unit evidence of that soal', () => {
    expect(isEvidenceLink('https://drive.example.go.id/1')).toBe(true);
    const issues = validate(
      LKE_2021,
      new Map([[1, { unit: 'Ya', tpi: null, unitEvidence: 'https://ok.go.id/1 https://a@b.go.id/' }]]),
    );
    expect(issues.find((i) => i.field === 'evidence')).toMatchObject({
      soalId: 1,
      code: 'evidence-not-url',
      severity: 'error',
    });
  });
});
