package dev.winnow.rules;

/**
 * A named way of recognising boilerplate. Every rule has an id (unique in its pack), a description,
 * and optional embedded examples. The kinds are closed: the cleaner knows how to run each one.
 */
public sealed interface Rule permits LineRule, BlockRule, CutRule, RepeatRule, ContextRule {
  /** The rule's id, unique within its pack. */
  String id();

  /** What the rule removes, in a sentence. */
  String description();

  /** Embedded examples, checked by {@code winnow rules test}. */
  Examples examples();

  /** A short name of the rule's kind: line, block, cut, repeated or context. */
  String kind();
}
