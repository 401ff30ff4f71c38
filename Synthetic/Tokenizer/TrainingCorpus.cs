namespace QwenEval.Synthetic.Tokenizer;

/// <summary>
/// A small built-in body of Python code the BPE merges are learned from, so the synthetic tokenizer splits code
/// into plausible pieces (indentation, keywords, common identifiers) without any downloaded data.
/// </summary>
public static class TrainingCorpus
{
    /// <summary>With "\n" line ends whatever the checkout's line endings, so the merges are the same everywhere.</summary>
    public static string PythonCode { get; } = Source.ReplaceLineEndings("\n");

    private const string Source = """"
        def add(a, b):
            return a + b


        def is_even(n: int) -> bool:
            return n % 2 == 0


        def fibonacci(n: int) -> int:
            if n < 2:
                return n
            a, b = 0, 1
            for _ in range(n - 1):
                a, b = b, a + b
            return b


        def reverse_string(text: str) -> str:
            return text[::-1]


        def count_words(text: str) -> dict:
            counts = {}
            for word in text.split():
                word = word.lower()
                counts[word] = counts.get(word, 0) + 1
            return counts


        def flatten(items: list) -> list:
            result = []
            for item in items:
                if isinstance(item, list):
                    result.extend(flatten(item))
                else:
                    result.append(item)
            return result


        def binary_search(values: list, target: int) -> int:
            low, high = 0, len(values) - 1
            while low <= high:
                mid = (low + high) // 2
                if values[mid] == target:
                    return mid
                if values[mid] < target:
                    low = mid + 1
                else:
                    high = mid - 1
            return -1


        class Stack:
            def __init__(self):
                self.items = []

            def push(self, item):
                self.items.append(item)

            def pop(self):
                if not self.items:
                    raise IndexError("pop from empty stack")
                return self.items.pop()

            def __len__(self):
                return len(self.items)


        def max_subarray(numbers: list) -> int:
            best = current = numbers[0]
            for number in numbers[1:]:
                current = max(number, current + number)
                best = max(best, current)
            return best


        def is_palindrome(text: str) -> bool:
            cleaned = [c.lower() for c in text if c.isalnum()]
            return cleaned == cleaned[::-1]


        def merge_sorted(left: list, right: list) -> list:
            result = []
            i = j = 0
            while i < len(left) and j < len(right):
                if left[i] <= right[j]:
                    result.append(left[i])
                    i += 1
                else:
                    result.append(right[j])
                    j += 1
            result.extend(left[i:])
            result.extend(right[j:])
            return result


        def gcd(a: int, b: int) -> int:
            while b:
                a, b = b, a % b
            return abs(a)


        def unique_sorted(values):
            """Return the distinct values in ascending order."""
            return sorted(set(values))


        def parse_pairs(text: str) -> list[tuple[str, int]]:
            pairs = []
            for line in text.strip().splitlines():
                key, _, value = line.partition("=")
                pairs.append((key.strip(), int(value)))
            return pairs


        def test_add():
            assert add(2, 3) == 5
            assert add(-1, 1) == 0


        def check(candidate):
            assert candidate([1, 2, 3]) == 6
            assert candidate([]) == 0
            assert candidate([10, -10]) == 0


        def rotate_left(values: list, steps: int) -> list:
            if not values:
                return []
            steps %= len(values)
            return values[steps:] + values[:steps]


        def running_total(numbers: list[int]) -> list[int]:
            total = 0
            totals = []
            for number in numbers:
                total += number
                totals.append(total)
            return totals


        def group_by_length(words: list[str]) -> dict[int, list[str]]:
            groups: dict[int, list[str]] = {}
            for word in words:
                groups.setdefault(len(word), []).append(word)
            return groups


        def find_duplicates(items: list) -> list:
            seen = set()
            duplicates = []
            for item in items:
                if item in seen and item not in duplicates:
                    duplicates.append(item)
                seen.add(item)
            return duplicates


        def matrix_transpose(matrix: list[list[int]]) -> list[list[int]]:
            if not matrix:
                return []
            return [list(row) for row in zip(*matrix)]


        def char_frequency(text: str) -> dict[str, int]:
            frequency: dict[str, int] = {}
            for char in text:
                if char.isalpha():
                    frequency[char] = frequency.get(char, 0) + 1
            return frequency


        def is_prime(number: int) -> bool:
            if number < 2:
                return False
            divisor = 2
            while divisor * divisor <= number:
                if number % divisor == 0:
                    return False
                divisor += 1
            return True


        def primes_below(limit: int) -> list[int]:
            return [number for number in range(limit) if is_prime(number)]


        def chunk(values: list, size: int) -> list[list]:
            if size <= 0:
                raise ValueError("size must be positive")
            return [values[index:index + size] for index in range(0, len(values), size)]


        def title_case(sentence: str) -> str:
            return " ".join(word.capitalize() for word in sentence.split())


        def second_largest(numbers: list[int]) -> int | None:
            distinct = sorted(set(numbers), reverse=True)
            if len(distinct) < 2:
                return None
            return distinct[1]


        def count_vowels(text: str) -> int:
            return sum(1 for char in text.lower() if char in "aeiou")


        def dict_from_lists(keys: list, values: list) -> dict:
            if len(keys) != len(values):
                raise ValueError("keys and values must have the same length")
            return dict(zip(keys, values))


        class Counter:
            def __init__(self, start: int = 0):
                self.value = start

            def increment(self, step: int = 1) -> int:
                self.value += step
                return self.value

            def reset(self) -> None:
                self.value = 0


        def check_is_prime(candidate):
            assert candidate(2) is True
            assert candidate(15) is False
            assert candidate(17) is True
            assert candidate(1) is False


        if __name__ == "__main__":
            print(fibonacci(10))
            print(count_words("the quick brown fox jumps over the lazy dog the end"))
        """";
}
