import os
def test_dbg(mentions, typed):
    for text in open('/tmp/a55/dbg/texts.txt').read().split('\n===\n'):
        if text.strip():
            print('\nTEXT', text[:80]); print(mentions(text)); print(typed(text))
