// Reads lines on standard input and writes, for each quantity that
// Recognizers-Text (zh-cn) finds in a line: line number, text, value, unit,
// as TSV.  Typed results (percentage, currency, dimension, age) win over a
// plain number on the same characters.  Units are given in the form
// extract-numbers uses where the two name the same thing.
const R = require('@microsoft/recognizers-text-suite');
const culture = R.Culture.Chinese;
const units = {
  'Chinese yuan': '元', 'United States dollar': '美元', 'Hong Kong dollar': '港元',
  'Euro': '欧元', 'Square metre': '平方米', 'Square kilometer': '平方公里',
  'Kilometer': '公里', 'Meter': '米', 'Ton': '吨', 'Kilogram': '千克',
  'Cubic meter': '立方米', 'Liter': '升', 'Year': '岁', 'Hectare': '公顷',
  'Mu': '亩',
};
const kinds = [
  ['recognizePercentage', () => '%'],
  ['recognizeCurrency', (r) => units[r.resolution.unit] || r.resolution.unit || ''],
  ['recognizeDimension', (r) => units[r.resolution.unit] || r.resolution.unit || ''],
  ['recognizeAge', () => '岁'],
  ['recognizeNumber', () => ''],
];
const lines = require('fs').readFileSync(0, 'utf8').split('\n');
if (lines[lines.length - 1] === '') lines.pop();
const out = [];
lines.forEach((line, i) => {
  const taken = [];
  for (const [recognize, unitOf] of kinds) {
    for (const r of R[recognize](line, culture)) {
      if (taken.some(([s, e]) => r.start <= e && r.end >= s)) continue;
      taken.push([r.start, r.end]);
      const value = String((r.resolution && r.resolution.value) || '').replace(/%$/, '');
      out.push([i + 1, r.text, value, unitOf(r)].join('\t'));
    }
  }
});
process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
