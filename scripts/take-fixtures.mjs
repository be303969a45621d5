// Writes the notes used to count the codes "Send to my phone" needs: small, typical (an
// ordinary first session, about 4 KB) and heavy (about 60 KB). The words are sentences from
// the seed documents and the starter library, so they compress like real writing, not like
// repeated filler. Run once; the files are kept in tests/fixtures/take/.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const seeds = new URL('../../shared/seeds/', import.meta.url);
const sentences = readdirSync(seeds).sort()
  .flatMap((name) => readFileSync(new URL(name, seeds), 'utf8').split(/(?<=[.?!])\s+/))
  .map((s) => s.replace(/\s+/g, ' ').trim())
  .filter((s) => s.length > 30 && s.length < 180 && !/https?:|@|\d{4}-\d\d/.test(s));
const examples = [...readFileSync(new URL('../src/core/messages/en.rs', import.meta.url), 'utf8')
  .matchAll(/^\s+Ex(Who|Matters|Support|Behave)(\w+) => "(.*)",$/gm)]
  .map(([, theme, name, text]) => ({ theme, key: `${theme}${name}`.replace(/\B[A-Z]/g, (c) => `-${c}`).toLowerCase(), text }));

// A fixed sequence, so the files are the same on every run.
let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
let next = 0;
const words = (n = 1) => Array.from({ length: n }, () => sentences[next++ % sentences.length]).join(' ');
const pick = (list) => list[Math.floor(random() * list.length)];
const themes = { Who: 'who_i_am', Matters: 'what_matters', Support: 'how_supported', Behave: 'how_people_behave' };
const day = (i) => new Date(Date.UTC(2026, 0, 5) + i * 86400000 * 3).toISOString().slice(0, 10);
const time = (i) => 1767600000000 + i * 86400000 * 3 + 3600000 * 9;

function statements(count, answers, notes = true) {
  return Array.from({ length: count }, (_, i) => {
    const example = i % 3 === 0 ? examples[(i / 3) % examples.length] : null;
    const statement = {
      id: `19b${(1000 + i).toString(16)}-00${10 + i}`,
      theme: example ? themes[example.theme] : pick(Object.values(themes)),
      text: example ? example.text : `I ${words().replace(/^\w/, (c) => c.toLowerCase())}`,
      created: time(i),
      updated: time(i + answers),
    };
    if (example) statement.example = example.key;
    if (answers) {
      statement.ratings = Array.from({ length: answers }, (_, a) => ({
        day: day(i + a * 10),
        truth: pick(['not_yet', 'sometimes', 'mostly', 'yes']),
        ...(notes ? { note: words() } : {}),
      }));
    }
    return statement;
  });
}

const fields = ['keeping_well', 'triggers', 'triggers_help', 'warning_signs', 'warning_help', 'coping', 'coping_people',
  'crisis_signs', 'crisis_involve', 'crisis_not_involve', 'nominated_name', 'nominated_contact', 'practical',
  'crisis_want', 'crisis_dont_want', 'after_crisis'];
const section = (field) => (field.startsWith('crisis') || field.startsWith('nominated') || field === 'practical' || field === 'after_crisis' ? 'crisis'
  : field.startsWith('triggers') ? 'triggers' : field.startsWith('warning') ? 'warning_signs' : field.startsWith('coping') ? 'coping' : 'keeping_well');

function plan(full) {
  const chosen = full ? fields : ['keeping_well', 'warning_signs', 'nominated_name'];
  const notes = chosen.map((field, i) => ({
    id: field, section: section(field),
    text: field === 'nominated_name' ? 'Jo Adeyemi (my sister)' : field === 'nominated_contact' ? '07700 900123' : words(full ? 3 : 1),
    updated: time(i),
  }));
  if (!full) return { notes };
  return {
    notes,
    goals: Array.from({ length: 4 }, (_, g) => ({
      id: `g${g}`, title: words().slice(0, 60), why: words(),
      steps: Array.from({ length: 4 }, (_, s) => ({ id: `g${g}s${s}`, text: words().slice(0, 80), done: s < g })),
      obstacles: words(), solutions: words(), finished: false, updated: time(g),
    })),
    people: ['Jo Adeyemi', 'Dr Amrit Shah', 'Kerry at the drop-in', 'Mam'].map((name, p) => ({
      id: `p${p}`, name, role: words().slice(0, 40), phone: `07700 90012${p}`, text: words(), email: '', when: words().slice(0, 50), updated: time(p),
    })),
    treatments: Array.from({ length: 4 }, (_, i) => ({
      id: `t${i}`, what: words().slice(0, 60), choice: pick(['prefer', 'accept', 'refuse']), why: words(), updated: time(i),
    })),
    sharing: [{ id: 'crisis', who: ['gp', 'nominated_person'], private: false, not_shared: words() }],
    reviews: [{ id: 'r1', date: '2026-06-01', with_whom: 'My care coordinator', changed: words(2), next: '2026-12-01' }],
  };
}

function moments(count, withNotes) {
  const rungs = ['coercion', 'educating', 'informing', 'consultation', 'engagement', 'co_design', 'co_production'];
  const topics = ['review', 'medication', 'care_plan', 'discharge', 'therapy', 'shaped_service', 'other'];
  return Array.from({ length: count }, (_, i) => ({
    id: `19c${(2000 + i).toString(16)}-0${100 + i}`,
    date: day(i),
    service: pick(['Community team', 'Ward 3', 'GP surgery', 'Crisis team', 'Talking therapies', 'Peer group']),
    about: pick(topics),
    experienced: pick(rungs),
    wanted: pick(rungs),
    note: withNotes ? words(2) : '',
    updated: time(i),
  }));
}

const envelope = (data) => JSON.stringify({ format: 'alongside', schema: 4, rev: 1, saved_at: '2026-12-01T10:00:00.000Z', data });
const out = new URL('../tests/fixtures/take/', import.meta.url);
const fixtures = {
  small: { statements: statements(3, 0), moments: moments(1, false) },
  typical: { statements: statements(12, 1, false), plan: plan(false), moments: moments(4, false), settings: { display_name: 'Sam' } },
  heavy: { statements: statements(60, 3), plan: plan(true), moments: moments(40, true), settings: { display_name: 'Sam' } },
};
for (const [name, data] of Object.entries(fixtures)) {
  next = 0;
  const text = envelope(data);
  writeFileSync(new URL(`${name}.json`, out), `${text}\n`);
  console.log(name, text.length);
}
