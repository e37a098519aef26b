import { chromium } from '@playwright/test';
const url = process.argv[2] ?? 'http://127.0.0.1:4173/#example=card-linux&step=8';
const prefix = process.argv[3] ?? 'cur';
const sizes = (process.argv[4] ?? '1280x720,1920x1080,390x844').split(',');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
for (const s of sizes) {
  const [w, h] = s.split('x').map(Number);
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  page.on('console', (m) => { if (m.type() === 'error') console.log('console error', m.text()); });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(url);
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `/tmp/shots/${prefix}-${s}.png` });
  await page.close();
}
await browser.close();
