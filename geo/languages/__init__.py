"""What the parser knows of the languages it reads besides English: the word lists and
the morphology that more than one stage needs, one module per language (English's are in
:mod:`geo.lexicon`)."""
