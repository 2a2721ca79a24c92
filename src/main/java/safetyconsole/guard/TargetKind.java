package safetyconsole.guard;

/** What a plan acts on. */
public enum TargetKind { INSTANCE, LAYER, APP, STACK }
