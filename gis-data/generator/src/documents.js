// Writes the sample dossiers' documents (gis-data/sample/documents/*.pdf and documents.csv): short,
// real-looking Vietnamese decisions and reports, marked as illustrative. Printed to PDF by headless
// Chromium (Debian's, the one the e2e tests use), so Vietnamese text is embedded with its font.
// Run: node src/documents.js   (CHROMIUM_PATH to use another browser)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const OUT = new URL('../../sample/', import.meta.url).pathname;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const dossiers = new Map(JSON.parse(readFileSync(OUT + 'dossiers.geojson', 'utf8')).features.map((f) => [f.properties.code, f.properties]));

// dossier, kind, title, published
const DOCUMENTS = [
  ['QHCT-DB-01', 'decision', 'Quyết định phê duyệt quy hoạch chi tiết', true],
  ['QHCT-DB-01', 'regulation', 'Quy định quản lý theo đồ án quy hoạch chi tiết', true],
  ['QHPK-HN-2014', 'decision', 'Quyết định phê duyệt quy hoạch phân khu', true],
  ['QHPK-HN-2014', 'explanatory_report', 'Thuyết minh tổng hợp quy hoạch phân khu', true],
  ['QHPK-CM-2016', 'decision', 'Quyết định phê duyệt quy hoạch phân khu', true],
  ['QHPK-HD-2017', 'decision', 'Quyết định phê duyệt quy hoạch phân khu', true],
  ['QHCT-GDD-2015', 'decision', 'Quyết định phê duyệt quy hoạch chi tiết', true],
  ['QHPK-DB-2022', 'explanatory_report', 'Dự thảo thuyết minh điều chỉnh quy hoạch (lấy ý kiến)', false],
];

const vnDate = (iso) => { const [y, m, d] = iso.split('-'); return `ngày ${d} tháng ${m} năm ${y}`; };
const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function html(d, kind, title) {
  const issuer = d.approving_body?.startsWith('UBND') ? 'ỦY BAN NHÂN DÂN<br>TỈNH LẠNG SƠN' : 'BAN QUẢN LÝ KHU KINH TẾ<br>CỬA KHẨU ĐỒNG ĐĂNG – LẠNG SƠN';
  const head = `<table class="head"><tr><td><b>${issuer}</b><br>Số: ${escape(d.decision_number ?? '…/…')}</td>
    <td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập – Tự do – Hạnh phúc</b><br><i>Lạng Sơn, ${d.decision_date ? vnDate(d.decision_date) : 'ngày … tháng … năm …'}</i></td></tr></table>`;
  const body = kind === 'decision'
    ? `<h1>QUYẾT ĐỊNH</h1><h2>Về việc phê duyệt ${escape(d.name)}</h2>
       <p>Căn cứ Luật Quy hoạch đô thị ngày 17/6/2009; Luật Xây dựng ngày 18/6/2014;</p>
       <p>Căn cứ Nghị định số 44/2015/NĐ-CP ngày 06/5/2015 của Chính phủ quy định chi tiết một số nội dung về quy hoạch xây dựng;</p>
       <p>Xét đề nghị của cơ quan thẩm định và hồ sơ đồ án kèm theo,</p>
       <h2>QUYẾT ĐỊNH:</h2>
       <p><b>Điều 1.</b> Phê duyệt ${escape(d.name)} (mã hồ sơ ${escape(d.code)}, tỷ lệ ${escape(d.scale ?? '')}) với các nội dung chủ yếu: phạm vi, ranh giới và quy mô diện tích theo bản vẽ kèm theo; cơ cấu sử dụng đất; các chỉ tiêu mật độ xây dựng, tầng cao, hệ số sử dụng đất và chỉ giới xây dựng của từng lô đất.</p>
       <p><b>Điều 2.</b> Tổ chức công bố công khai quy hoạch, cắm mốc giới ngoài thực địa và quản lý xây dựng theo quy hoạch được duyệt.</p>
       <p><b>Điều 3.</b> Quyết định có hiệu lực kể từ ngày ký.</p>`
    : kind === 'regulation'
      ? `<h1>QUY ĐỊNH QUẢN LÝ</h1><h2>theo ${escape(d.name)}</h2>
         <p><b>Điều 1. Phạm vi áp dụng.</b> Quy định này áp dụng cho toàn bộ các lô đất trong ranh giới đồ án ${escape(d.code)}.</p>
         <p><b>Điều 2. Chỉ tiêu sử dụng đất.</b> Mật độ xây dựng, tầng cao tối đa và hệ số sử dụng đất của từng lô theo bảng chỉ tiêu kèm theo; khoảng lùi công trình tối thiểu 6 m so với chỉ giới đường đỏ đối với đất công nghiệp.</p>
         <p><b>Điều 3. Hạ tầng kỹ thuật.</b> Nhà đầu tư đấu nối giao thông, cấp điện, cấp nước, thoát nước theo quy hoạch; nước thải công nghiệp được xử lý tại trạm tập trung.</p>`
      : `<h1>THUYẾT MINH</h1><h2>${escape(d.name)}</h2>
         <p><b>1. Lý do và sự cần thiết.</b> Cụ thể hóa quy hoạch chung xây dựng Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn, làm cơ sở quản lý đất đai, thu hút đầu tư.</p>
         <p><b>2. Phạm vi và quy mô.</b> Theo ranh giới hồ sơ ${escape(d.code)}.</p>
         <p><b>3. Hiện trạng.</b> Phần lớn diện tích là đất nông nghiệp, đất rừng sản xuất và đất ở nông thôn; cần giải phóng mặt bằng và chuyển mục đích sử dụng đất trồng lúa, đất rừng theo quy định.</p>
         <p><b>4. Quy hoạch sử dụng đất.</b> Cơ cấu các khu chức năng, hệ thống giao thông và hạ tầng kỹ thuật như bản vẽ kèm theo.</p>`;
  return `<!doctype html><html lang="vi"><meta charset="utf-8"><style>
    @page { size: A4; margin: 20mm; } body { font-family: 'DejaVu Serif', serif; font-size: 12pt; line-height: 1.4; }
    .head td { vertical-align: top; text-align: center; width: 50%; font-size: 11pt; } .head { width: 100%; margin-bottom: 10mm; }
    h1 { text-align: center; font-size: 15pt; margin: 4mm 0 0; } h2 { text-align: center; font-size: 12.5pt; margin: 2mm 0 6mm; }
    .mark { margin-top: 12mm; padding: 3mm; border: 1px solid #c00; color: #c00; font-size: 10pt; }
  </style><body>${head}<p style="text-align:center"><i>${escape(title)}</i></p>${body}
  <p class="mark">BẢN MINH HỌA – dữ liệu mẫu của PlanningGIS, không phải văn bản thật và không có giá trị pháp lý.</p></body></html>`;
}

const work = mkdtempSync(join(tmpdir(), 'planninggis-docs-'));
const rows = ['dossier_code,title,kind,file,published'];
try {
  DOCUMENTS.forEach(([code, kind, title, published], i) => {
    const d = dossiers.get(code);
    if (!d) throw new Error(`no dossier ${code}`);
    const file = `${code}-${kind}.pdf`.toLowerCase();
    const page = join(work, `${i}.html`);
    writeFileSync(page, html(d, kind, title));
    execFileSync(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${OUT}documents/${file}`, `file://${page}`], { stdio: 'ignore' });
    rows.push([code, `"${title}"`, kind, file, published].join(','));
  });
  writeFileSync(OUT + 'documents.csv', rows.join('\n') + '\n');
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`${DOCUMENTS.length} documents written to ${OUT}documents/`);
