package dev.dlready.review;

/** For one topic: how many cards it has and their mean predicted chance of recall on a given day. */
public record TopicRetention(String topic, int cards, double retention) {}
