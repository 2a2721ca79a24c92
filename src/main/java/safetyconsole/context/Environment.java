package safetyconsole.context;

/**
 * What a stack is for. Production-like environments get the strictest protection;
 * a stack nobody classified is treated like production.
 */
public enum Environment {
    PRODUCTION("PRODUCTION", true, 4, new Rgb(0xB3, 0x26, 0x1E)),
    UNCLASSIFIED("UNCLASSIFIED", true, 4, new Rgb(0x5B, 0x2A, 0x86)),
    STAGING("STAGING", false, 3, new Rgb(0xB0, 0x6A, 0x00)),
    TEST("TEST", false, 2, new Rgb(0x00, 0x6C, 0x8E)),
    DEVELOPMENT("DEVELOPMENT", false, 1, new Rgb(0x2E, 0x7D, 0x32));

    private final String label;
    private final boolean productionLike;
    private final int protectionRank;
    private final Rgb color;

    Environment(String label, boolean productionLike, int protectionRank, Rgb color) {
        this.label = label;
        this.productionLike = productionLike;
        this.protectionRank = protectionRank;
        this.color = color;
    }

    /** The word shown in the banner and the window title. */
    public String label() {
        return label;
    }

    public boolean productionLike() {
        return productionLike;
    }

    /** The banner color when the stack has no usable Color attribute of its own. */
    public Rgb color() {
        return color;
    }

    /** Of two readings, the one that protects more; used when rules disagree. */
    public static Environment moreProtective(Environment a, Environment b) {
        return a.protectionRank >= b.protectionRank ? a : b;
    }
}
