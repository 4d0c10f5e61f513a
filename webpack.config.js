// Webpack 5 for the task pane (and, outside production, the preview page).
//   npm run build       production pane → dist/taskpane.html + taskpane.js, dist/manifest.xml with the
//                       localhost URLs replaced by LKE_ZI_PUBLIC_URL, icons in dist/assets/
//   npm run build:dev   development build of the pane and the preview page
//   npm start           the preview page on http://localhost:3000/preview.html (no Excel needed)
//   npm run dev-server  the pane over https://localhost:3000 for sideloading into Excel (office-addin-dev-certs)
// env: preview (add the preview page), outDir (output folder; tests build into a temporary one), http (no TLS),
//      publicUrl (the production URL, instead of LKE_ZI_PUBLIC_URL: `--env publicUrl=https://…`).
// A production build refuses to run without its public URL, and `webpack serve` without --env http refuses to run
// without the development certificates (a task pane must be served over HTTPS).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { sources, Compilation } = require('webpack');

const DEV_URL = 'https://localhost:3000';

/** The production URL: `--env publicUrl=…` or LKE_ZI_PUBLIC_URL, https, no trailing slash; else a clear error. */
function publicUrl(env) {
  const raw = env.publicUrl || process.env.LKE_ZI_PUBLIC_URL;
  if (!raw)
    throw new Error(
      'LKE_ZI_PUBLIC_URL belum diisi: alamat https tempat dist/ akan dipasang (mis. LKE_ZI_PUBLIC_URL=https://lke-zi.instansi.go.id npm run build). / ' +
        'LKE_ZI_PUBLIC_URL is not set: the https address dist/ will be served from (or pass --env publicUrl=https://…).',
    );
  if (!/^https:\/\/[^/\s]+/.test(raw))
    throw new Error(`LKE_ZI_PUBLIC_URL harus alamat https / must be an https URL: ${raw}`);
  return raw.replace(/\/+$/, '');
}
const OFFICE_JS = path.join(__dirname, 'node_modules', '@microsoft', 'office-js', 'dist');

/** Emits the manifest (URLs rewritten in production), the icons and the help page. */
class EmitAddinFiles {
  constructor(production, url) {
    this.production = production;
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('EmitAddinFiles', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'EmitAddinFiles', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          let manifest = fs.readFileSync(path.join(__dirname, 'manifest.xml'), 'utf8');
          if (this.production) manifest = manifest.split(DEV_URL).join(this.url);
          compilation.emitAsset('manifest.xml', new sources.RawSource(manifest));
          for (const f of fs.readdirSync(path.join(__dirname, 'assets')).filter((n) => n.endsWith('.png'))) {
            compilation.emitAsset(
              `assets/${f}`,
              new sources.RawSource(fs.readFileSync(path.join(__dirname, 'assets', f))),
            );
          }
          const help = fs.readFileSync(path.join(__dirname, 'src', 'taskpane', 'help.html'));
          compilation.emitAsset('help.html', new sources.RawSource(help));
        },
      );
    });
  }
}

function devCerts(home = os.homedir()) {
  const dir = path.join(home, '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return null;
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const preview = Boolean(env.preview) || !production;
  const url = production ? publicUrl(env) : DEV_URL;
  const certs = env.http ? null : devCerts();
  if (env.WEBPACK_SERVE && !env.http && !certs)
    throw new Error(
      'Sertifikat pengembangan tidak ada di ~/.office-addin-dev-certs: jalankan `npx office-addin-dev-certs install` dulu (panel Excel harus https). ' +
        'Pratinjau tanpa Excel: npm start. / Development certificates missing in ~/.office-addin-dev-certs: run `npx office-addin-dev-certs install` ' +
        '(an Excel task pane must be https). For the preview without Excel: npm start.',
    );
  const entry = { taskpane: './src/taskpane/index.tsx' };
  const pages = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/taskpane/taskpane.html',
      chunks: ['taskpane'],
    }),
  ];
  if (preview) {
    entry.preview = './src/preview/index.tsx';
    pages.push(
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: './src/preview/preview.html',
        chunks: ['preview'],
      }),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/preview/preview.html',
        chunks: ['preview'],
      }),
    );
  }
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry,
    output: {
      path: path.resolve(__dirname, env.outDir || 'dist'),
      filename: '[name].js',
      // Old pane files go (a stale preview.html must never ship); the CLI bundle (npm run build:cli) stays.
      clean: { keep: /^(cli|read-worker)\.js/ },
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        // Our modules have no import-time side effects: a barrel import (`from '../lke'`) brings only what is used,
        // so the catalogue and planner stay in the chunk that loads after the first render.
        { test: /[\\/]src[\\/].*\.tsx?$/, sideEffects: false },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            // Runs second, on swc's output: our makeStyles calls become precomputed CSS at build time (Griffel's
            // ahead-of-time transform, as Fluent's own components ship), so the first render inserts rules instead
            // of resolving styles in the pane. It passes over files without makeStyles; the TypeScript preset is
            // for the modules it evaluates (the theme tokens).
            {
              loader: '@griffel/webpack-loader',
              options: { babelOptions: { presets: ['@babel/preset-typescript'] } },
            },
            {
              loader: 'swc-loader',
              options: {
                jsc: {
                  parser: { syntax: 'typescript', tsx: true },
                  transform: { react: { runtime: 'automatic' } },
                  target: 'es2020',
                },
              },
            },
          ],
        },
      ],
    },
    plugins: [...pages, new EmitAddinFiles(production, url)],
    performance: { hints: production ? 'warning' : false, maxAssetSize: 600_000, maxEntrypointSize: 600_000 },
    devServer: {
      port: 3000,
      host: 'localhost',
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: certs ? { type: 'https', options: certs } : { type: 'http' },
      static: [{ directory: OFFICE_JS, publicPath: '/office-js', watch: false }],
      client: { overlay: { errors: true, warnings: false } },
      onListening: (server) => {
        const port = server.server.address().port;
        const scheme = certs ? 'https' : 'http';
        process.stdout.write(
          `\nPratinjau (bukan Excel) / Preview (not Excel): ${scheme}://localhost:${port}/preview.html\n` +
            `Panel untuk Excel / Pane for Excel:           ${scheme}://localhost:${port}/taskpane.html\n\n`,
        );
      },
    },
  };
};
