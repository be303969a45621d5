import { engines } from './browsers';
(async () => {
  for (const name of ['webkit', 'firefox'] as const) {
    const t0 = Date.now();
    const engine = await engines[name]();
    const a = await engine.open({ width: 390, height: 844 });
    await a.goto('http://127.0.0.1:4173/app/');
    await new Promise((r) => setTimeout(r, 3000));
    console.log(name, await a.run(() => document.title + ' ' + innerWidth + 'x' + innerHeight + ' ' + localStorage.length));
    await a.run(() => localStorage.setItem('x', '1'));
    const b = await engine.open({ width: 390, height: 844 });
    await b.goto('http://127.0.0.1:4173/app/');
    console.log(name, 'second sees', await b.run(() => localStorage.getItem('x')));
    require('fs').writeFileSync(`/tmp/smk/${name}.png`, await a.screenshot());
    await a.close(); await b.close(); await engine.close();
    console.log(name, Date.now() - t0, 'ms');
  }
})().catch((e) => { console.error(e); process.exit(1); });
