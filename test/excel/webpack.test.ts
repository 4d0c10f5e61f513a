// The build's guards: a production build refuses to run without its public URL (it used to ship a placeholder in
// dist/manifest.xml), the dev server refuses plain http when the certificates are missing, the preview stays http.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Config = { plugins: { url?: string }[]; devServer: { server: { type: string } } };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const factory = require('../../webpack.config.js') as (e: object, a: object) => Config;

describe('webpack.config.js', () => {
  const saved = { url: process.env.LKE_ZI_PUBLIC_URL, home: process.env.HOME };
  afterEach(() => {
    if (saved.url === undefined) delete process.env.LKE_ZI_PUBLIC_URL;
    else process.env.LKE_ZI_PUBLIC_URL = saved.url;
    process.env.HOME = saved.home;
  });

  it('refuses a production build without LKE_ZI_PUBLIC_URL, saying what to set', () => {
    delete process.env.LKE_ZI_PUBLIC_URL;
    expect(() => factory({}, { mode: 'production' })).toThrow(/LKE_ZI_PUBLIC_URL belum diisi/);
    expect(() => factory({ publicUrl: 'http://x.go.id' }, { mode: 'production' })).toThrow(/https/);
  });

  it('takes the URL from the environment or from --env publicUrl, without a trailing slash', () => {
    process.env.LKE_ZI_PUBLIC_URL = 'https://lke.instansi.go.id/';
    expect(factory({}, { mode: 'production' }).plugins.at(-1)?.url).toBe('https://lke.instansi.go.id');
    delete process.env.LKE_ZI_PUBLIC_URL;
    expect(factory({ publicUrl: 'https://a.go.id' }, { mode: 'production' }).plugins.at(-1)?.url).toBe(
      'https://a.go.id',
    );
  });

  it('refuses to serve the pane over http when the dev certificates are missing; the preview stays http', () => {
    process.env.HOME = mkdtempSync(join(tmpdir(), 'lke-home-'));
    expect(() => factory({ WEBPACK_SERVE: true }, { mode: 'development' })).toThrow(
      /office-addin-dev-certs install/,
    );
    expect(factory({ WEBPACK_SERVE: true, http: true }, { mode: 'development' }).devServer.server.type).toBe(
      'http',
    );
    expect(() => factory({}, { mode: 'development' })).not.toThrow(); // a development build needs no certificates
  });
});
