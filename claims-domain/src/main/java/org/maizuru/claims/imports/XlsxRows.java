package org.maizuru.claims.imports;

import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.maizuru.claims.kernel.DomainException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an Excel workbook, read by POI's streaming (SAX) reader: the sheet's XML goes past a row at a
 * time and only the shared strings are held, so a roll of a hundred thousand rows costs no more memory than its
 * text. The first row is the header. A cell is read as Excel shows it, but a date as ISO 8601 whatever its format
 * (Excel's own 5/1/20 would be read as a day of 2020), and a whole number without the decimals a format may add.
 */
final class XlsxRows {

    private XlsxRows() {}

    /** Stops the reading once the header is in. */
    private static final class HeaderRead extends RuntimeException {
        HeaderRead() {
            super(null, null, false, false);
        }
    }

    static List<String> header(ImportFile file, ImportColumns columns) {
        var sheet = new Sheet(columns, null);
        try {
            parse(file, sheet);
        } catch (HeaderRead enough) {
            // the header is all that was wanted
        }
        if (sheet.sentHeader == null) {
            throw new DomainException.Invalid("file", "import.empty");
        }
        return sheet.sentHeader;
    }

    /**
     * The rows after the header that hold a cell, for a progress bar; null when the workbook cannot be read. Only
     * the sheet's elements are counted, as they go past: neither the shared strings (all the sheet's distinct
     * texts, the one part of a workbook held in memory) nor any cell's value is read, so counting costs a small
     * part of the reading proper.
     */
    static Integer count(ImportFile file) {
        try (OPCPackage workbook = OPCPackage.open(file.path().toFile(), PackageAccess.READ)) {
            var sheets = new XSSFReader(workbook).getSheetsData();
            if (!sheets.hasNext()) {
                return null;
            }
            var rows = new RowCount();
            try (InputStream xml = sheets.next()) {
                XMLReader parser = SAXHelper.newXMLReader();
                parser.setContentHandler(rows);
                parser.parse(new InputSource(xml));
            }
            return Math.max(0, rows.filled - 1);
        } catch (IOException
                | OpenXML4JException
                | SAXException
                | ParserConfigurationException
                | RuntimeException unreadable) {
            return null;
        }
    }

    /** Counts the sheet's rows that hold at least one cell. */
    private static final class RowCount extends org.xml.sax.helpers.DefaultHandler {
        int filled;
        private boolean cellInRow;

        @Override
        public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes attributes) {
            if ("row".equals(localName)) {
                cellInRow = false;
            } else if ("c".equals(localName) && !cellInRow) {
                cellInRow = true;
                filled++;
            }
        }
    }

    static void read(ImportFile file, ImportColumns columns, Consumer<ImportTable.Row> each) {
        parse(file, new Sheet(columns, each));
    }

    private static void parse(ImportFile file, Sheet sheet) {
        try (OPCPackage workbook = OPCPackage.open(file.path().toFile(), PackageAccess.READ)) {
            var reader = new XSSFReader(workbook);
            var strings = new ReadOnlySharedStringsTable(workbook, false);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new DomainException.Invalid("file", "import.empty");
            }
            try (InputStream xml = sheets.next()) {
                XMLReader parser = SAXHelper.newXMLReader();
                parser.setContentHandler(
                        new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, sheet, new IsoDates(), false));
                parser.parse(new InputSource(xml));
            }
        } catch (IOException
                | OpenXML4JException
                | SAXException
                | ParserConfigurationException
                | POIXMLException
                | UnsupportedFileFormatException
                | EmptyFileException
                | OpenXML4JRuntimeException notAWorkbook) {
            if (notAWorkbook instanceof SAXException sax && sax.getCause() instanceof RuntimeException inner) {
                throw inner;
            }
            throw new DomainException.Invalid("file", "import.notAWorkbook");
        }
    }

    /** Collects each row's cells by their column letter, and hands the row on when it ends. */
    private static final class Sheet implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final ImportColumns columns;
        private final Consumer<ImportTable.Row> each;
        private List<String> sentHeader;
        private List<String> header;
        private final List<String> cells = new ArrayList<>();
        private int row;

        Sheet(ImportColumns columns, Consumer<ImportTable.Row> each) {
            this.columns = columns;
            this.each = each;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            cells.clear();
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }

        @Override
        public void endRow(int rowNum) {
            if (header == null) {
                if (cells.stream().allMatch(String::isBlank)) {
                    return; // rows above the header are left as the volunteer left them
                }
                sentHeader = cells.stream().map(String::strip).toList();
                header = ImportTable.columnsOf(sentHeader, columns);
                if (each == null) {
                    throw new HeaderRead();
                }
                return;
            }
            var byColumn = new HashMap<String, String>();
            for (int c = 0; c < header.size(); c++) {
                byColumn.put(header.get(c), c < cells.size() ? cells.get(c).strip() : "");
            }
            each.accept(new ImportTable.Row(row + 1, byColumn, List.copyOf(cells)));
        }
    }

    /** Excel's dates as ISO 8601, whole numbers without a decimal point; the rest as Excel formats it. */
    private static final class IsoDates extends DataFormatter {

        @Override
        public String formatRawCellContents(
                double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing)
                        .toLocalDate()
                        .format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
