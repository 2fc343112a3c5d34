// The payment office's reference data, taken from the two npm packages the build installs (claims-domain/pom.xml)
// and written as three small resources beside the classes that read them (org/maizuru/claims/payment/):
//   zengin-master.tsv     the Zengin bank and branch master: a bank's line "code<TAB><TAB>name<TAB>kana",
//                         then each of its branches as "code<TAB>branch code<TAB>name<TAB>kana";
//   national-holidays.tsv the national holidays: "yyyy-mm-dd<TAB>name in Japanese<TAB>name in English";
//   reference-data.properties  what the two came from: package, version, the master's date, counts, years.
// Usage: node reference-data.js <node_modules folder> <output folder>
'use strict';

const fs = require('fs');
const path = require('path');

const [modules, out] = process.argv.slice(2);
if (!modules || !out) {
    console.error('usage: node reference-data.js <node_modules folder> <output folder>');
    process.exit(2);
}

function packageOf(name) {
    const folder = path.join(modules, name);
    return { folder, version: JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')).version };
}

/** A field as the files hold it: a tab or a line end inside one would break the line it is on. */
function field(text, what) {
    const value = String(text ?? '').trim();
    if (/[\t\r\n]/.test(value) || value === '') {
        throw new Error(`${what}: "${value}" cannot be written as a field`);
    }
    return value;
}

const zengin = packageOf('zengin-code');
const banks = require(path.join(zengin.folder, 'lib', 'zengin-data.js'));
// The package's version carries the day its data was taken from the master: 1.0.0-p20260824.
const taken = /-p(\d{4})(\d{2})(\d{2})$/.exec(zengin.version);
if (!taken) {
    throw new Error(`zengin-code ${zengin.version}: no data date in the version`);
}
const master = [];
let branches = 0;
for (const code of Object.keys(banks).sort()) {
    const bank = banks[code];
    if (!/^\d{4}$/.test(code) || bank.code !== code) {
        throw new Error(`zengin-code: bank "${code}" is not a 4-digit code`);
    }
    master.push([code, '', field(bank.name, code), field(bank.kana, code)].join('\t'));
    for (const branchCode of Object.keys(bank.branches).sort()) {
        const branch = bank.branches[branchCode];
        if (!/^\d{3}$/.test(branchCode) || branch.code !== branchCode) {
            throw new Error(`zengin-code: branch "${code}-${branchCode}" is not a 3-digit code`);
        }
        master.push([code, branchCode, field(branch.name, code + branchCode), field(branch.kana, code + branchCode)]
            .join('\t'));
        branches++;
    }
}

const holidayJp = packageOf('@holiday-jp/holiday_jp');
const holidays = require(path.join(holidayJp.folder, 'lib', 'holidays.js'));
const days = Object.keys(holidays).sort();
const calendar = days.map((day) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
        throw new Error(`holiday_jp: "${day}" is not a date`);
    }
    return [day, field(holidays[day].name, day), field(holidays[day].name_en, day)].join('\t');
});

const properties = [
    '# Written by the build (claims-domain/src/main/node/reference-data.js); not edited by hand.',
    'zengin.package=zengin-code',
    `zengin.version=${zengin.version}`,
    `zengin.date=${taken[1]}-${taken[2]}-${taken[3]}`,
    `zengin.banks=${Object.keys(banks).length}`,
    `zengin.branches=${branches}`,
    'holidays.package=@holiday-jp/holiday_jp',
    `holidays.version=${holidayJp.version}`,
    `holidays.firstYear=${days[0].substring(0, 4)}`,
    `holidays.lastYear=${days[days.length - 1].substring(0, 4)}`,
    `holidays.days=${days.length}`,
];

fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'zengin-master.tsv'), master.join('\n') + '\n');
fs.writeFileSync(path.join(out, 'national-holidays.tsv'), calendar.join('\n') + '\n');
fs.writeFileSync(path.join(out, 'reference-data.properties'), properties.join('\n') + '\n');
console.log(`Reference data: zengin-code ${zengin.version} (${Object.keys(banks).length} banks, ${branches} branches), `
    + `@holiday-jp/holiday_jp ${holidayJp.version} (${days.length} holidays, ${days[0]} to ${days[days.length - 1]})`);
