namespace QwenEval.Harness.Models.Onnx.Synthetic.Tokenizer;

/// <summary>
/// A small built-in body of Python code the BPE merges are learned from, so the synthetic tokenizer splits code
/// into plausible pieces (indentation, keywords, common identifiers) without any downloaded data.
/// </summary>
public static class TrainingCorpus
{
    public const string PythonCode = """"
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


        if __name__ == "__main__":
            print(fibonacci(10))
            print(count_words("the quick brown fox jumps over the lazy dog the end"))
        """";
}
