import { strToU8 } from 'fflate';
import { definedNameRanges, sheetPartNames } from '../../src/workbook/parts';
import { referenceArea, SheetXmlScanner } from '../../src/workbook/xml-scan';

const SHEET = `<?xml version="1.0"?><worksheet xmlns="…"><cols><col min="1" max="3" width="9"/></cols>
<sheetData><row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"/><c r="C1"><f>A1&gt;0</f><v>1</v></c></row>
<!-- <c r="Z9"> inside a comment is skipped up to its first ">" -->
<row r="2"><c r="A2" t="inlineStr"><is><t>Công an xã</t></is></c></row><row r="3"/></sheetData>
<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref = 'A2:A3' /></mergeCells>
<dataValidations count="1"><dataValidation type="list" sqref="D2:D10 F1"><formula1>"Có,Không"</formula1></dataValidation></dataValidations>
<x14:dataValidation><xm:sqref>G1:G9</xm:sqref></x14:dataValidation></worksheet>`;

function scan(chunks: Uint8Array[]): SheetXmlScanner {
  const scanner = new SheetXmlScanner();
  for (const c of chunks) scanner.push(c);
  return scanner;
}

describe('SheetXmlScanner: what the XML would make the library build', () => {
  it('counts cells, rows and covered ranges', () => {
    const s = scan([strToU8(SHEET)]);
    expect({ cells: s.cells, rows: s.rows, rangeCells: s.rangeCells }).toEqual({
      cells: 4,
      rows: 3,
      rangeCells: 3 + 2 + 9 + 1,
    });
    expect(s.largestRange).toEqual({ kind: 'validation', range: 'D2:D10', area: 9 });
  });

  it('gives the same counts wherever the chunks are cut', () => {
    const bytes = strToU8(SHEET);
    const whole = scan([bytes]);
    for (let cut = 1; cut < bytes.length; cut++) {
      const s = scan([bytes.subarray(0, cut), bytes.subarray(cut)]);
      expect([s.cells, s.rows, s.rangeCells]).toEqual([whole.cells, whole.rows, whole.rangeCells]);
    }
    const byByte = scan(Array.from(bytes, (b) => new Uint8Array([b])));
    expect([byByte.cells, byByte.rows, byByte.rangeCells]).toEqual([
      whole.cells,
      whole.rows,
      whole.rangeCells,
    ]);
  });

  it('counts prefixed elements (x:c, x:row) as the library reads them', () => {
    const s = scan([
      strToU8('<x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData>'),
    ]);
    expect([s.cells, s.rows]).toEqual([1, 1]);
  });
});

describe('referenceArea', () => {
  it.each([
    ['B2', 1],
    ['A1:C3', 9],
    ['$A$1:$B$2', 4],
    ['C3:A1', 9],
    ['D:D', 1_048_576],
    ['2:5', 4 * 16_384],
    ['A1:XFD1048576', 16_384 * 1_048_576],
    ['not a ref', 0],
    ['', 0],
  ])('%s → %d', (ref, area) => expect(referenceArea(ref)).toBe(area));
});

describe('package parts', () => {
  it('maps sheet parts to the names the official sees (entities decoded, absolute targets)', () => {
    const workbook = `<workbook><sheets><sheet name="Tổng hợp &amp; xếp hạng" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId7"/></sheets></workbook>`;
    const rels = `<Relationships><Relationship Id="rId1" Type="…/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId7" Type="…/worksheet" Target="/xl/worksheets/sheet9.xml"/></Relationships>`;
    expect([...sheetPartNames(workbook, rels)]).toEqual([
      ['xl/worksheets/sheet1.xml', 'Tổng hợp & xếp hạng'],
      ['xl/worksheets/sheet9.xml', 'B'],
    ]);
  });

  it('counts the cells defined names cover, as the library expands them', () => {
    const workbook = `<workbook><definedNames>
      <definedName name="_xlnm.Print_Area" localSheetId="0">'Tổng hợp'!$A$1:$F$20</definedName>
      <definedName name="Cot">Sheet1!$A:$A</definedName>
      <definedName name="Hai">Sheet1!$B$2,Sheet1!$C$1:$C$3</definedName>
    </definedNames></workbook>`;
    expect(definedNameRanges(workbook).map((r) => [r.name, r.area])).toEqual([
      ['_xlnm.Print_Area', 120],
      ['Hai', 1],
      ['Hai', 3],
    ]);
  });
});
