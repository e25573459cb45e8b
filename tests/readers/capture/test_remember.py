"""Answers about lines, remembered: the same answers; short lines kept across captures, long ones for one."""

from convert.readers.capture.remember import (REMEMBERED_LENGTH, forget_everything, forget_long_lines,
                                              short_lines_remembered)


def _counted():
    asked = []

    def question(text, flag):
        asked.append((text, flag))
        return (len(text), flag)

    return asked, short_lines_remembered(question)


SHORT, LONG = "Share this", "x" * (REMEMBERED_LENGTH + 1)


def test_the_answers_are_the_questions_own_and_the_flag_is_part_of_the_question():
    asked, ask = _counted()
    assert [ask(SHORT, False), ask(SHORT, False), ask(SHORT, True)] == [(10, False), (10, False), (10, True)]
    assert asked == [(SHORT, False), (SHORT, True)]


def test_a_long_line_is_asked_once_per_capture():
    asked, ask = _counted()
    assert ask(LONG, False) == ask(LONG, False) == (len(LONG), False)
    assert asked == [(LONG, False)]
    forget_long_lines()  # the capture is read
    ask(LONG, False)
    assert asked == [(LONG, False)] * 2


def test_a_short_line_is_kept_from_one_capture_to_the_next():
    asked, ask = _counted()
    ask(SHORT, False)
    forget_long_lines()
    ask(SHORT, False)
    assert asked == [(SHORT, False)]
    forget_everything()
    ask(SHORT, False)
    assert asked == [(SHORT, False)] * 2


def test_reading_a_capture_forgets_its_long_lines(monkeypatch):
    import convert.readers.capture as capture
    from convert.readers.capture.remember import _LONG_LINE_ANSWERS

    kept_at_the_end = []

    def forget() -> None:
        kept_at_the_end.append(sum(map(len, _LONG_LINE_ANSWERS)))
        forget_long_lines()

    monkeypatch.setattr(capture, "forget_long_lines", forget)
    paragraph = ("The council met on Monday to discuss the new bridge over the river, and the vote was close. " * 3).strip()
    capture.read_capture(f"Council meets\n\n{paragraph}\n".encode(), "capture.txt")
    assert kept_at_the_end and kept_at_the_end[0] > 0  # the paragraph's answers were kept while it was read
    assert all(not answers for answers in _LONG_LINE_ANSWERS)
