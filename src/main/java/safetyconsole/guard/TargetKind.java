package safetyconsole.guard;

/** What a plan acts on: a part of an OpsWorks stack, an Auto Scaling group, an instance, or a whole stack. */
public enum TargetKind { INSTANCE, LAYER, APP, STACK, GROUP }
