"""Presidio's lemma context enhancer, made linear in the length of the text.

Presidio deep-copies every result, finds the token under each match by scanning every token
from the start, and checks each nearby lemma against the text's keyword *list*; on a
10,000-character note with a hundred findings that is most of the analysis time. Same rules,
same scores: results are updated in place (the analyzer made them for this call alone), a
bisect finds the token, and the keywords become a set once per text.
"""

from __future__ import annotations

from bisect import bisect_right

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts


class IndexedContextEnhancer(LemmaContextAwareEnhancer):
    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        by_id = {recognizer.id: recognizer for recognizer in recognizers}
        extra = [word.lower() for word in context or []]
        for result in raw_results:
            metadata = result.recognition_metadata or {}
            recognizer = by_id.get(metadata.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            if recognizer is None or not recognizer.context:
                continue
            if metadata.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY):
                continue
            words = self._extract_surrounding_words(
                nlp_artifacts, text[result.start : result.end], result.start
            )
            supporting = self._find_supportive_word_in_context(
                words + extra, recognizer.context, self.context_matching_mode
            )
            if supporting:
                result.score = min(
                    max(
                        result.score + self.context_similarity_factor, self.min_score_with_context_similarity
                    ),
                    self.MAX_SCORE,
                )
                if result.analysis_explanation is not None:
                    result.analysis_explanation.set_supportive_context_word(supporting)
                    result.analysis_explanation.set_improved_score(result.score)
        return raw_results

    def _extract_surrounding_words(self, nlp_artifacts: NlpArtifacts, word: str, start: int) -> list[str]:
        if not nlp_artifacts.tokens:
            return [""]
        keywords = frozenset(nlp_artifacts.keywords)  # free when it is one already (TokenArtifacts)
        index = self._token_at(start, nlp_artifacts)
        lemmas = nlp_artifacts.lemmas
        words = self._collect(index, -1, self.context_prefix_count, lemmas, keywords)
        words += self._collect(index, 1, self.context_suffix_count, lemmas, keywords)
        return list(set(words))

    @staticmethod
    def _token_at(start: int, nlp_artifacts: NlpArtifacts) -> int:
        """The token that starts at or covers `start` (or the next one after it)."""
        indices = nlp_artifacts.tokens_indices
        index = max(bisect_right(indices, start) - 1, 0)
        token = nlp_artifacts.tokens[index]
        if start >= indices[index] + len(token) and index + 1 < len(indices):
            index += 1
        return index

    @staticmethod
    def _collect(
        index: int, step: int, n_words: int, lemmas: list[str], keywords: frozenset[str]
    ) -> list[str]:
        """Up to n keyword lemmas (plus the match's own) walking from `index` in `step` direction."""
        words: list[str] = []
        remaining = n_words + 1
        i = index
        while 0 <= i < len(lemmas) and remaining > 0:
            lemma = lemmas[i].lower()
            if lemma in keywords:
                words.append(lemma)
                remaining -= 1
            i += step
        return words
