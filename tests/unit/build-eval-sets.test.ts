import { deflateRawSync } from 'node:zlib';

import {
  cnnOrDailyMail,
  firstZipEntry,
  highlightRecords,
  inshortsRecords,
  parseCsv,
  repairQuotes,
  rpm2Record,
} from '../../scripts/datasets/build-eval-sets';

/** A zip record of `length` bytes: a signature, then 16- or 32-bit little-endian fields at their offsets. */
const record = (length: number, signature: number, fields: Array<[offset: number, bits: 16 | 32, value: number]>): Buffer => {
  const buffer = Buffer.alloc(length);
  buffer.writeUInt32LE(signature, 0);
  for (const [offset, bits, value] of fields) {
    if (bits === 16) buffer.writeUInt16LE(value, offset);
    else buffer.writeUInt32LE(value, offset);
  }
  return buffer;
};

/** A one-file zip archive, deflated, as `zip` writes it (local header, data, central directory, end record). */
const zipOf = (name: string, content: Buffer): Buffer => {
  const data = deflateRawSync(content);
  const fileName = Buffer.from(name);
  const local = record(30, 0x04034b50, [
    [8, 16, 8],
    [18, 32, data.length],
    [22, 32, content.length],
    [26, 16, fileName.length],
  ]);
  const central = record(46, 0x02014b50, [
    [10, 16, 8],
    [20, 32, data.length],
    [24, 32, content.length],
    [28, 16, fileName.length],
    [42, 32, 0],
  ]);
  const centralAt = local.length + fileName.length + data.length;
  const end = record(22, 0x06054b50, [
    [8, 16, 1],
    [10, 16, 1],
    [12, 32, central.length + fileName.length],
    [16, 32, centralAt],
  ]);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
};

const ARTICLE =
  'The Daman and Diu administration on Wednesday withdrew a circular that asked women staff to tie rakhis on male colleagues.' +
  'The union territory?s administration was forced to retreat within 24 hours of issuing the circular. ' +
  'Officials called the order ?ridiculous? and said it had to go. '.repeat(6);

describe('eval:build, the Inshorts set', () => {
  it('reads the first file of a deflated zip archive', () => {
    const content = Buffer.from('author,text\nA,"b, c"\n'.repeat(50));
    expect(firstZipEntry(zipOf('news_summary.csv', content)).equals(content)).toBe(true);
  });

  it('parses quoted CSV fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,b\r\n"x, ""y""","line\nbreak"\n')).toEqual([
      ['a', 'b'],
      ['x, "y"', 'line\nbreak'],
    ]);
  });

  it('turns the "?" that replaced apostrophes and curly quotes back, and keeps real question marks', () => {
    expect(repairQuotes('The UT?s order was ?ridiculous?, she said. Why? Nobody knew.')).toBe(
      `The UT's order was "ridiculous", she said. Why? Nobody knew.`
    );
  });

  it('makes one record per article with its title, summary and repaired text, once per URL', () => {
    const row = [
      'Chhavi Tyagi',
      'Daman & Diu revokes order',
      'The administration revoked its order.',
      'http://example.com/a?utm_source=inshorts',
      ARTICLE,
    ];
    const csv = parseCsv('author,headlines,text,read_more,ctext\n')[0].join(',') + '\n';
    const line = row.map((field) => `"${field.replace(/"/g, '""')}"`).join(',');
    const records = inshortsRecords(`${csv}${line}\n${line}\n`);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      id: 'http://example.com/a',
      source: 'inshorts-en',
      lang: 'en',
      title: 'Daman & Diu revokes order',
      summary: 'The administration revoked its order.',
    });
    // Sentences glued where paragraphs were joined get their space back.
    expect(records[0].text).toContain("colleagues. The union territory's administration");
  });
});

describe('eval:build, the RPM2 set', () => {
  const BODY = Array.from(
    { length: 4 },
    (_, i) => `Paragraphe ${i + 1} : le Premier ministre a demandé hier un nouveau décret sur le fichier de police.`
  ).join('\r\n');
  const STANDFIRST = 'Opération déminage des sujets qui fâchent avant le discours économique du président.';

  it('takes the title, the standfirst as the reference and the rest as paragraphs, byte-order mark and CRLF or LF alike', () => {
    const file = `\uFEFFFichier Edvige : Fillon demande un nouveau décret\r\n${STANDFIRST}\n${BODY}\r\n`;
    expect(rpm2Record('rpm2/T05_C2_04.txt', file)).toEqual({
      id: 'rpm2/T05_C2_04.txt',
      source: 'rpm2-fr',
      split: expect.stringMatching(/^(dev|test)$/),
      lang: 'fr',
      title: 'Fichier Edvige : Fillon demande un nouveau décret',
      text: BODY.split('\r\n').join('\n\n'),
      summary: STANDFIRST,
      topic: 'T05',
    });
  });

  it('skips a rubric before the standfirst', () => {
    expect(rpm2Record('r', `Titre\nBanque.\n${STANDFIRST}\n${BODY}`)?.summary).toBe(STANDFIRST);
  });

  it('leaves out wire copy opening with a dateline, a short opening line and a short body', () => {
    expect(rpm2Record('r', `Titre\nPARIS (Reuters) -\n${STANDFIRST}\n${BODY}`)).toBeUndefined();
    expect(rpm2Record('r', `Titre\nLa rumeur n'en est plus une.\n${BODY}`)).toBeUndefined();
    expect(rpm2Record('r', `Titre\n${STANDFIRST}\nTrop court pour un article.`)).toBeUndefined();
    expect(rpm2Record('r', '')).toBeUndefined();
  });
});

describe('highlightRecords (the CNN/DailyMail key-point sets)', () => {
  const CSV = [
    'article,highlights,id',
    '"(CNN)The council approved the tram. It opens in May.","The council approved a tram line .\nIt opens in May !",a1',
    '"By . Daily Mail Reporter . The bridge reopened on Monday.","The bridge reopened .",b2',
    '"Repeated story.","Repeated .",a1',
    '"No highlights here.","",c3',
  ].join('\n');

  it('reads one record a story, its highlights one a line without the tokenised space before the stop', () => {
    const records = highlightRecords(CSV, cnnOrDailyMail);
    expect(records.map(({ id, source, highlights, summary, title }) => ({ id, source, highlights, summary, title }))).toEqual([
      {
        id: 'a1',
        source: 'cnn-en',
        highlights: ['The council approved a tram line.', 'It opens in May!'],
        summary: 'The council approved a tram line. It opens in May!',
        title: '',
      },
      { id: 'b2', source: 'dailymail-en', highlights: ['The bridge reopened.'], summary: 'The bridge reopened.', title: '' },
    ]);
  });

  it('skips ids already read from another file', () => {
    const seen = new Set(['a1']);
    expect(highlightRecords(CSV, () => 'cnn-en', seen).map((record) => record.id)).toEqual(['b2']);
  });
});
