// A real Word file of a plan, written by the maintained `docx` library the way Word lays out an
// office's table: a title, a header row repeated on each page, heading rows spanning the table
// (gridSpan), an item whose code, issue and responsible cells are merged down over its activity
// rows (vMerge), a numbered cell and a bulleted cell (Word numbering), and a second table after a
// page break whose first row continues the last item of the first.
import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

const FONT = 'TH SarabunPSK';
const text = (t: string, bold = false) => new TextRun({ text: t, font: FONT, size: 28, bold });
const para = (t: string, bold = false) => new Paragraph({ children: [text(t, bold)] });
const numbered = (t: string) => new Paragraph({ children: [text(t)], numbering: { reference: 'numbers', level: 0 } });
const bullet = (t: string) => new Paragraph({ children: [text(t)], numbering: { reference: 'bullets', level: 0 } });

type Content = string | Paragraph[];
/** `rows`: merged down over that many rows (docx writes w:vMerge restart/continue; the rows below omit the cell). */
function cell(content: Content, opts: { span?: number; rows?: number; bold?: boolean } = {}): TableCell {
  const children = typeof content === 'string' ? content.split('\n').map((l) => para(l, opts.bold)) : content;
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph('')],
    columnSpan: opts.span,
    rowSpan: opts.rows,
  });
}

const HEADER = [
  'ตัวชี้วัด',
  'ประเด็นที่ต้องเตรียมความพร้อม/ยกระดับ',
  'กิจกรรมที่จะดำเนินการ',
  'ผลผลิต',
  'วิธีการสร้างการรับรู้',
  'ระยะเวลาแล้วเสร็จ',
  'ผู้รับผิดชอบ',
  'ระยะเวลากำกับติดตามโดย ผอ.เขต',
];
const headerRow = () => new TableRow({ tableHeader: true, children: HEADER.map((h) => cell(h, { bold: true })) });
const heading = (t: string) => new TableRow({ children: [cell(t, { span: 8, bold: true })] });
const table = (rows: TableRow[]) => new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });

export async function planDocx(): Promise<Uint8Array> {
  const first = table([
    headerRow(),
    heading('แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายใน (IIT)'),
    heading('ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่'),
    new TableRow({
      children: [
        cell('I1 เจ้าหน้าที่ให้บริการตามขั้นตอนที่กำหนด', { rows: 2 }),
        cell([bullet('สร้างจิตสำนึกในการให้บริการ'), bullet('ลดขั้นตอนการให้บริการ')], { rows: 2 }),
        cell('ประชุมชี้แจงเจ้าหน้าที่เรื่องการให้บริการ'),
        cell('1 ครั้ง'),
        cell('ประชุมข้าราชการและลูกจ้าง'),
        cell('ธ.ค. 69 - พ.ค. 70'),
        cell('ฝ่ายปกครอง', { rows: 2 }),
        cell('1 ครั้ง/เดือน', { rows: 2 }),
      ],
    }),
    new TableRow({
      children: [cell('เผยแพร่คู่มือการปฏิบัติงาน'), cell('1 ฉบับ'), cell('เว็บไซต์สำนักงานเขต'), cell('ม.ค. 70 - มี.ค. 70')],
    }),
    new TableRow({
      children: [
        cell('I2 เจ้าหน้าที่ปฏิบัติต่อผู้รับบริการอย่างเท่าเทียม'),
        cell('ให้บริการตามลำดับคิว'),
        cell([numbered('จัดระบบบัตรคิวอัตโนมัติ'), numbered('จัดช่องบริการสำหรับผู้สูงอายุ')]),
        cell([numbered('1 ระบบ'), numbered('1 ช่องบริการ')]),
        cell('ป้ายประชาสัมพันธ์'),
        cell('ไตรมาสที่ 2 - 3'),
        cell('ฝ่ายทะเบียน'),
        cell('ทุกเดือน'),
      ],
    }),
  ]);
  const second = table([
    headerRow(),
    new TableRow({
      children: [
        cell(''),
        cell(''),
        cell('ประเมินความพึงพอใจของผู้รับบริการ'),
        cell('1 ครั้ง'),
        cell(''),
        cell('ก.ย. 70'),
        cell('ฝ่ายทะเบียน'),
        cell('ทุกเดือน'),
      ],
    }),
    heading('แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)'),
    heading('ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล'),
    heading('ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน'),
    new TableRow({
      children: [
        cell('O1 ข้อมูลผู้บริหาร'),
        cell('ปรับปรุงข้อมูลผู้บริหาร'),
        cell('เผยแพร่ข้อมูลผู้บริหารบนเว็บไซต์'),
        cell('เผยแพร่ 1 ช่องทาง'),
        cell('เว็บไซต์สำนักงานเขต'),
        cell('ตลอดปีงบประมาณ'),
        cell('ฝ่ายปกครอง'),
        cell('1 ครั้ง/เดือน'),
      ],
    }),
  ]);
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'numbers',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1)', alignment: AlignmentType.START }],
        },
        {
          reference: 'bullets',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [
      {
        children: [
          para('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', true),
          para('สำนักงานเขตราชเทวี ประจำปีงบประมาณ พ.ศ. 2570', true),
          first,
          new Paragraph({ children: [new PageBreak()] }),
          second,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
