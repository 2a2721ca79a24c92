package safetyconsole.ui.common;

/** The file formats a report is exported in, for a spreadsheet or a change ticket. */
public enum ExportFormat {
    CSV("csv", "CSV\u2026", "Csv"),
    MARKDOWN("md", "Markdown for a change ticket\u2026", "Markdown");

    private final String extension;
    private final String menuText;
    private final String idSuffix;

    ExportFormat(String extension, String menuText, String idSuffix) {
        this.extension = extension;
        this.menuText = menuText;
        this.idSuffix = idSuffix;
    }

    public String extension() {
        return extension;
    }

    String menuText() {
        return menuText;
    }

    /** Appended to the export menu's id for its item's id ("driftExport" → "driftExportCsv"). */
    String idSuffix() {
        return idSuffix;
    }
}
