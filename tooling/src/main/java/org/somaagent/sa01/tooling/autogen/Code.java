package org.somaagent.sa01.tooling.autogen;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A Java expression as a small tree, the code model the revision renderer builds statements with:
 * names and literals ({@link Atom}), method calls on a target ({@link Call}) and bracketed lists
 * ({@link Group}, for {@code new String[] {..}}). Layout is part of the tree (a call in a chain may
 * start a continuation line, a call's arguments may go one per line), so rendering is one pass
 * with no text surgery. Continuation lines are indented from the statement's own indentation.
 */
sealed interface Code {

    /** Where a chained call starts: on its target's line, or on a continuation line. */
    enum Break { NONE, LINE }

    /** A call's arguments: on one line, or each after the first on a continuation line of its own. */
    enum Args { INLINE, WRAPPED }

    /** Continuation lines of a chain, relative to the statement. */
    String CHAIN_INDENT = " ".repeat(8);
    /** Wrapped arguments, relative to the statement. */
    String ARGS_INDENT = " ".repeat(16);

    /** The source text, continuation lines indented from {@code indent}. */
    String render(String indent);

    /** An identifier, a qualified name ({@code PROMPTS.NAME}) or any other token: rendered as is. */
    record Atom(String text) implements Code {
        public String render(String indent) {
            return text;
        }
    }

    /** {@code target.method(args)}, or {@code method(args)} without a target. */
    record Call(Code target, String method, List<Code> args, Break breakBefore, Args layout) implements Code {
        public Call {
            args = List.copyOf(args);
        }

        public String render(String indent) {
            String separator = layout == Args.WRAPPED ? ",\n" + indent + ARGS_INDENT : ", ";
            String receiver = target == null ? "" : target.render(indent) + (breakBefore == Break.LINE ? "\n" + indent + CHAIN_INDENT : "") + ".";
            return receiver + method + "(" + args.stream().map(a -> a.render(indent)).collect(Collectors.joining(separator)) + ")";
        }
    }

    /** {@code open item, item close}: array initialisers and the like. */
    record Group(String open, List<Code> items, String close) implements Code {
        public Group {
            items = List.copyOf(items);
        }

        public String render(String indent) {
            return open + items.stream().map(i -> i.render(indent)).collect(Collectors.joining(", ")) + close;
        }
    }

    static Code atom(String text) {
        return new Atom(text);
    }

    /** A Java string literal; {@code null} gives the {@code null} literal. */
    static Code string(String value) {
        return new Atom(JavaSource.literal(value));
    }

    static List<Code> strings(List<String> values) {
        return values.stream().map(Code::string).toList();
    }

    /** {@code DSL.method(args)}. */
    static Code dsl(String method, Code... args) {
        return atom("DSL").call(method, args);
    }

    /** {@code DSL.name("n")}. */
    static Code name(String sqlName) {
        return dsl("name", string(sqlName));
    }

    /** {@code this.method(args)} on the same line. */
    default Code call(String method, Code... args) {
        return new Call(this, method, List.of(args), Break.NONE, Args.INLINE);
    }

    default Code call(String method, List<Code> args) {
        return new Call(this, method, args, Break.NONE, Args.INLINE);
    }

    /** {@code this}, then {@code .method(args)} on a continuation line. */
    default Code line(String method, Code... args) {
        return line(method, List.of(args));
    }

    default Code line(String method, List<Code> args) {
        return new Call(this, method, args, Break.LINE, Args.INLINE);
    }

    /** {@code .method(args)} on a continuation line, its arguments after the first on lines of their own. */
    default Code lineWrapped(String method, List<Code> args) {
        return new Call(this, method, args, Break.LINE, Args.WRAPPED);
    }
}
