import { partText, sheetPart, type ZipParts } from './zipRewrite';
import { xmlText } from './xmlText';

/** A bar series with constant reference lines, all read from cells of one sheet. */
export interface BarWithLinesChart {
  readonly title: string;
  /** Sheet holding the data. */
  readonly dataSheet: string;
  /** Category labels, e.g. `$B$2:$B$40`. */
  readonly categories: string;
  readonly bars: { readonly name: string; readonly values: string };
  readonly lines: readonly { readonly name: string; readonly values: string; readonly color: string }[];
  /** Sheet the chart is drawn on. */
  readonly onSheet: string;
}

const ref = (sheet: string, range: string): string => xmlText(`'${sheet.replace(/'/g, "''")}'!${range}`);

function series(index: number, name: string, cat: string, val: string, extra: string, tail = ''): string {
  return `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${xmlText(name)}</c:v></c:tx>${extra}<c:cat><c:strRef><c:f>${cat}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${val}</c:f></c:numRef></c:val>${tail}</c:ser>`;
}

/** DrawingML for a clustered bar chart with line series sharing its axes (no cached values: apps compute them). */
export function chartXml(c: BarWithLinesChart): string {
  const cat = ref(c.dataSheet, c.categories);
  const bar = series(
    0,
    c.bars.name,
    cat,
    ref(c.dataSheet, c.bars.values),
    '<c:spPr><a:solidFill><a:srgbClr val="4472C4"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>',
  );
  const lines = c.lines
    .map((l, i) =>
      series(
        i + 1,
        l.name,
        cat,
        ref(c.dataSheet, l.values),
        `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${l.color}"/></a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`,
        '<c:smooth val="0"/>',
      ),
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${xmlText(c.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${bar}<c:gapWidth val="60"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart><c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines}<c:marker val="1"/><c:axId val="1001"/><c:axId val="1002"/></c:lineChart><c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx><c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/><c:max val="100"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;
}

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>28</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafik nilai total"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';

/**
 * The parts that add a chart to an .xlsx written by exceljs (which writes no charts): the chart part, a
 * drawing anchored on the target sheet, their relationships and content types; for {@link rewriteZip}.
 *
 * @example
 * await rewriteZip(bytes, chartParts(zipParts(bytes), chart)) // → the workbook with its chart
 */
export function chartParts(zip: ZipParts, chart: BarWithLinesChart): Map<string, string> {
  const out = new Map<string, string>();
  const part = sheetPart(zip, chart.onSheet);
  const file = part.split('/').pop() ?? '';
  out.set('xl/charts/chart1.xml', chartXml(chart));
  out.set('xl/drawings/drawing1.xml', DRAWING);
  out.set(
    'xl/drawings/_rels/drawing1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${REL_CHART}" Target="../charts/chart1.xml"/></Relationships>`,
  );
  const relsPath = `xl/worksheets/_rels/${file}.rels`;
  const existing =
    zip.text(relsPath) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
  out.set(
    relsPath,
    existing.replace(
      '</Relationships>',
      `<Relationship Id="rIdChart1" Type="${REL_DRAWING}" Target="../drawings/drawing1.xml"/></Relationships>`,
    ),
  );
  let sheet = partText(zip, part);
  if (!sheet.includes('xmlns:r='))
    sheet = sheet.replace(
      '<worksheet ',
      '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ',
    );
  const before = ['<legacyDrawing', '<tableParts', '<extLst', '</worksheet>']
    .map((t) => sheet.indexOf(t))
    .filter((i) => i >= 0);
  const at = Math.min(...before);
  out.set(part, `${sheet.slice(0, at)}<drawing r:id="rIdChart1"/>${sheet.slice(at)}`);
  out.set(
    '[Content_Types].xml',
    partText(zip, '[Content_Types].xml').replace(
      '</Types>',
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
    ),
  );
  return out;
}
