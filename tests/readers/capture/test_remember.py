"""Answers about short lines, remembered: the same answers, and long lines never kept."""

from convert.readers.capture.remember import REMEMBERED_LENGTH, short_lines_remembered


def test_short_lines_are_asked_once_long_lines_every_time():
    asked = []

    def question(text, flag):
        asked.append(text)
        return (len(text), flag)

    ask = short_lines_remembered(question)
    short, long = "Share this", "x" * (REMEMBERED_LENGTH + 1)
    assert [ask(short, False), ask(short, False), ask(short, True)] == [(10, False), (10, False), (10, True)]
    assert [ask(long, False), ask(long, False)] == [(len(long), False)] * 2
    assert asked == [short, short, long, long]  # the flag is part of the question
