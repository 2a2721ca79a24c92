package safetyconsole.ui.shell;

import safetyconsole.cloud.Stack;
import safetyconsole.context.Classification;
import safetyconsole.context.Rgb;

/** One line of the stack list: the stack, its environment and its chip color. */
public record StackEntry(Stack stack, Classification classification, Rgb color) {

    public String id() {
        return stack.id();
    }

    public String name() {
        return stack.name();
    }
}
