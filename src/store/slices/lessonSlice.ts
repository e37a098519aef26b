/**
 * The lesson slice: what the walkthrough and predict mode hold beside playback. The walkthrough's story
 * (the narrated steps) and predict mode's quiz come from the worker through the lesson bridge; the grades
 * are the verdicts the worker gave on the student's answers, by step. A new run starts a new lesson.
 */

import type { Grade } from '../../scenario/grade.ts';
import type { Quiz } from '../../scenario/quiz.ts';
import type { Story } from '../../worker/protocol.ts';
import type { SliceCreator } from '../types.ts';

/** A question set answered: what was asked, and the worker's verdict. */
export interface Answered {
  quiz: Quiz;
  grade: Grade;
}

/** Answers handed in and waiting for the worker's verdict. */
export interface Answering {
  step: number;
  answers: number[];
}

export interface LessonSlice {
  story: Story | null;
  /** The questions asked before the next step that asks. */
  quiz: Quiz | null;
  /** The choice made for each of the quiz's questions (-1: none yet). */
  choices: number[];
  answering: Answering | null;
  /** The questions answered and their verdicts, by step (1-based). */
  answered: Readonly<Record<number, Answered>>;
  courseOpen: boolean;

  storyArrived(story: Story): void;
  quizArrived(quiz: Quiz): void;
  choose(question: number, choice: number): void;
  /** Hands the chosen answers in; the bridge asks the worker for the verdict. */
  submitAnswers(): void;
  /** The verdict: the step then plays, so the student watches what they predicted. */
  gradeArrived(grade: Grade): void;
  /** Forget the answers and start the quiz again from the beginning. */
  restartQuiz(): void;
  setCourseOpen(open: boolean): void;
}

/** What a new run resets (spread into the scenario slice's `loaded`). */
export const FRESH_LESSON: Pick<LessonSlice, 'story' | 'quiz' | 'choices' | 'answering' | 'answered'> = {
  story: null,
  quiz: null,
  choices: [],
  answering: null,
  answered: {},
};

export const createLessonSlice: SliceCreator<LessonSlice> = (set, get) => ({
  ...FRESH_LESSON,
  courseOpen: false,

  storyArrived: (story) => set({ story }),
  quizArrived: (quiz) => set({ quiz, choices: quiz.questions.map(() => -1) }),
  choose: (question, choice) =>
    set((s) => {
      if (!s.quiz || s.answering || question < 0 || question >= s.choices.length) return {};
      const choices = [...s.choices];
      choices[question] = choice;
      return { choices };
    }),
  submitAnswers: () => {
    const { quiz, choices, answering } = get();
    if (!quiz || answering || choices.some((c) => c < 0)) return;
    set({ answering: { step: quiz.step, answers: choices } });
  },
  gradeArrived: (grade) => {
    const s = get();
    if (s.answering?.step !== grade.step || s.quiz?.step !== grade.step) return;
    const answered = { ...s.answered, [grade.step]: { quiz: s.quiz, grade } };
    set({ answered, answering: null, quiz: null, choices: [] });
    // Show the step being predicted from the state before it, then let it play.
    if (get().step !== grade.step - 1) get().seek(grade.step - 1);
    get().stepForward();
  },
  restartQuiz: () => {
    set({ quiz: null, choices: [], answering: null, answered: {} });
    get().jumpToStart();
  },
  setCourseOpen: (open) => set({ courseOpen: open }),
});
