const { chromium } = require('playwright-core');
const fs = require('fs');
(async () => {
  const [file, out, ...rest] = process.argv.slice(2);
  const h = Number(rest[0] || 800);
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
  const p = await b.newPage({ viewport: { width: 400, height: h } });
  const data = fs.readFileSync(file).toString('base64');
  await p.setContent(`<body style="margin:0"><img id=i src="data:image/png;base64,${data}"></body>`);
  const { w, hh } = await p.evaluate(() => ({ w: i.naturalWidth, hh: i.naturalHeight }));
  let n = 0;
  for (let y = 0; y < hh; y += h) {
    await p.setViewportSize({ width: w, height: h });
    await p.evaluate((y) => window.scrollTo(0, y), y);
    await p.screenshot({ path: `${out}-${n++}.png`, clip: { x: 0, y, width: w, height: Math.min(h, hh - y) }, fullPage: true });
  }
  console.log(file, w, hh, n);
  await b.close();
})();
